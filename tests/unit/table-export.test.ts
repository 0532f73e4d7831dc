import { expect, it } from "vitest";
import { toCsv, toXlsx } from "@/lib/domain/table-export";

it("quotes commas, quotes and line breaks, and starts with a byte-order mark for Excel", () => {
  const csv = toCsv(["Title", "Note"], [['ILO/ASEAN, "2007"', "line one\nline two"], [null, 12]]);
  expect(csv).toBe('\uFEFFTitle,Note\r\n"ILO/ASEAN, ""2007""","line one\nline two"\r\n,12\r\n');
});

it("makes cells that a spreadsheet would run as formulas inert", () => {
  const csv = toCsv(["x"], [["=HYPERLINK(\"http://evil\")"], ["+1"], ["-2"], ["@SUM(A1)"]]);
  expect(csv.split("\r\n").slice(1, 5)).toEqual([`"'=HYPERLINK(""http://evil"")"`, "'+1", "'-2", "'@SUM(A1)"]);
});

it("writes an Excel workbook a spreadsheet can open, with formula-looking text kept as text", async () => {
  const buffer = await toXlsx(["Reference", "Amount"], [["=1+1", 1250000.5], ["RUP/ADB/2002-01", null]]);
  expect(buffer.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04"); // a ZIP container
  const { unzipSync, strFromU8 } = await import("fflate");
  const files = unzipSync(new Uint8Array(buffer));
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  const strings = files["xl/sharedStrings.xml"] ? strFromU8(files["xl/sharedStrings.xml"]) : sheet;
  expect(strings).toContain("=1+1");
  expect(sheet).not.toContain("<f>"); // no formula cells
  expect(sheet).toContain("1250000.5");
});
