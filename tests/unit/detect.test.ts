import { strToU8, zipSync } from "fflate";
import { expect, it } from "vitest";
import { detectType, safeFilename } from "@/lib/documents/detect";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const office = (part: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({ "[Content_Types].xml": strToU8("<Types/>"), [part]: strToU8("<document/>"), ...extra });

it("recognises files by their content", () => {
  expect(detectType(bytes("%PDF-1.7\n..."), "scan.bin")?.mediaType).toBe("application/pdf");
  expect(detectType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "x")?.mediaType).toBe("image/png");
  expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "x")?.mediaType).toBe("image/jpeg");
  expect(detectType(office("word/document.xml"), "x")?.extension).toBe("docx");
  expect(detectType(office("xl/workbook.xml"), "x")?.extension).toBe("xlsx");
  expect(detectType(office("ppt/presentation.xml"), "x")?.extension).toBe("pptx");
  expect(detectType(bytes("Reference,Title\nRUP/1,MOU\n"), "list.csv")?.mediaType).toBe("text/csv");
  expect(detectType(bytes("Minutes of the meeting"), "notes")?.mediaType).toBe("text/plain");
});

it("refuses what it cannot vouch for, whatever the name says", () => {
  expect(detectType(bytes("MZ\x90\x00\x03"), "signed.pdf")).toBeNull(); // a Windows program named .pdf
  expect(detectType(bytes("PK\x03\x04 plain zip with other.txt"), "report.docx")).toBeNull();
  expect(detectType(new Uint8Array([0xc3, 0x28, 0x00]), "x.txt")).toBeNull(); // not UTF-8 text
  expect(detectType(new Uint8Array(), "empty.pdf")).toBeNull();
  expect(detectType(zipSync({ "other.txt": strToU8("hello") }), "report.docx")).toBeNull();
});

it("refuses zip bombs from their directory, before anything is unpacked", () => {
  // 50 MB of zeros packs into ~50 KB: a ratio no real workbook has.
  expect(detectType(office("xl/workbook.xml", { "xl/worksheets/sheet1.xml": new Uint8Array(50 * 1024 * 1024) }), "big.xlsx")).toBeNull();
  // A directory that claims 3 GB for one entry (the record's "uncompressed size" field).
  const claim = office("xl/workbook.xml");
  const view = new DataView(claim.buffer);
  for (let i = 0; i < claim.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 3_000_000_000, true);
  expect(detectType(claim, "claim.xlsx")).toBeNull();
  // A truncated archive has no readable directory.
  expect(detectType(office("xl/workbook.xml").subarray(0, 60), "cut.xlsx")).toBeNull();
});

it("refuses polyglots: a PDF or image that carries a web page at its start", () => {
  expect(detectType(bytes("%PDF-1.7\n<html><script>alert(1)</script>"), "x.pdf")).toBeNull();
  expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...strToU8("<svg onload=alert(1)>")]), "x.jpg")).toBeNull();
});

it("stores a safe name with the extension of the detected type", () => {
  const pdf = detectType(bytes("%PDF-1.4"), "x")!;
  expect(safeFilename("../../etc/passwd", pdf)).toBe("passwd.pdf");
  expect(safeFilename("C:\\Users\\me\\MOU signed.PDF", pdf)).toBe("MOU signed.pdf");
  expect(safeFilename('evil"\r\nname<script>.exe', pdf)).toBe("evilnamescript.pdf");
  expect(safeFilename("...", pdf)).toBe("document.pdf");
});
