import { expect, it } from "vitest";
import { amountCents, fromCents } from "@/lib/domain/money";

it("reads an amount as typed in exact cents, and nothing else as one", () => {
  expect(amountCents("250,000.5")).toBe(25000050n);
  expect(amountCents(" 0.10 ")).toBe(10n);
  expect(amountCents("1 250 000")).toBe(125000000n);
  for (const bad of ["", "-3", "12.345", "1e6", "abc", null]) expect(amountCents(bad), String(bad)).toBeNull();
  // 0.1 + 0.2 is 0.3 here.
  expect(fromCents(amountCents("0.1")! + amountCents("0.2")!)).toBe("0.30");
  expect(fromCents(5n)).toBe("0.05");
});
