import { expect, it } from "vitest";
import { parseCsv, readTable } from "@/lib/import/read-table";

it("reads RFC 4180 CSV: quotes, doubled quotes, line breaks in cells, CRLF and a byte-order mark", () => {
  expect(parseCsv('\uFEFFName,Note\r\n"ILO, Bangkok","said ""yes""\nthen left"\r\nADB,\r\n')).toEqual([
    ["Name", "Note"],
    ["ILO, Bangkok", 'said "yes"\nthen left'],
    ["ADB", ""],
  ]);
});

it("reads the semicolon-separated CSV that European Excel writes, keeping commas in cells", () => {
  expect(parseCsv("Name;Parties\nMOU;ILO, ASEAN\n")).toEqual([
    ["Name", "Parties"],
    ["MOU", "ILO, ASEAN"],
  ]);
});

it("keeps each row's spreadsheet line number, skipping blank rows", async () => {
  const table = await readTable({ name: "x.csv", bytes: new Uint8Array(Buffer.from("Name\nA\n\nB\n")) });
  expect(table.rows).toEqual([
    { line: 2, cells: ["A"] },
    { line: 4, cells: ["B"] },
  ]);
});

it("refuses a file cut short inside a quoted cell, and a file with no data", async () => {
  expect(() => parseCsv('Name\n"unfinished')).toThrow("never closed");
  await expect(readTable({ name: "x.csv", bytes: new Uint8Array(Buffer.from("Name\n")) })).rejects.toThrow("at least one row of data");
});
