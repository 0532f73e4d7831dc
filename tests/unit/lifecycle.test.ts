import { expect, it } from "vitest";
import { displayedStatus, mayMoveStatus } from "@/lib/agreements/lifecycle";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

it("moves an agreement only along its lifecycle", () => {
  expect(mayMoveStatus("DRAFT", "UNDER_NEGOTIATION")).toBe(true);
  expect(mayMoveStatus("UNDER_NEGOTIATION", "ACTIVE")).toBe(true);
  expect(mayMoveStatus("ACTIVE", "EXPIRED")).toBe(true);
  expect(mayMoveStatus("ACTIVE", "DRAFT")).toBe(false);
  expect(mayMoveStatus("EXPIRED", "ACTIVE")).toBe(false); // continued by a renewal instead
  expect(mayMoveStatus("TERMINATED", "ACTIVE")).toBe(false);
  expect(mayMoveStatus("EXPIRED", "EXPIRED")).toBe(true);
});

it("shows an active agreement past its expiry date as expired, from the day after", () => {
  expect(displayedStatus("ACTIVE", day("2026-12-31"), day("2026-12-31"))).toBe("ACTIVE");
  expect(displayedStatus("ACTIVE", day("2026-12-31"), day("2027-01-01"))).toBe("EXPIRED");
  expect(displayedStatus("ACTIVE", null, day("2099-01-01"))).toBe("ACTIVE");
  expect(displayedStatus("DRAFT", day("2020-01-01"), day("2026-01-01"))).toBe("DRAFT");
});
