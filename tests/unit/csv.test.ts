import { expect, it } from "vitest";
import { toCsv } from "@/lib/domain/csv";

it("quotes commas, quotes and line breaks, and starts with a byte-order mark for Excel", () => {
  const csv = toCsv(["Title", "Note"], [['ILO/ASEAN, "2007"', "line one\nline two"], [null, 12]]);
  expect(csv).toBe('\uFEFFTitle,Note\r\n"ILO/ASEAN, ""2007""","line one\nline two"\r\n,12\r\n');
});

it("makes cells that a spreadsheet would run as formulas inert", () => {
  const csv = toCsv(["x"], [["=HYPERLINK(\"http://evil\")"], ["+1"], ["-2"], ["@SUM(A1)"]]);
  expect(csv.split("\r\n").slice(1, 5)).toEqual([`"'=HYPERLINK(""http://evil"")"`, "'+1", "'-2", "'@SUM(A1)"]);
});
