import { expect, it } from "vitest";
import { detectType, safeFilename } from "@/lib/documents/detect";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

it("recognises files by their content", () => {
  expect(detectType(bytes("%PDF-1.7\n..."), "scan.bin")?.mediaType).toBe("application/pdf");
  expect(detectType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "x")?.mediaType).toBe("image/png");
  expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "x")?.mediaType).toBe("image/jpeg");
  expect(detectType(bytes("PK\x03\x04....[Content_Types].xml....word/document.xml"), "x")?.extension).toBe("docx");
  expect(detectType(bytes("PK\x03\x04....[Content_Types].xml....xl/workbook.xml"), "x")?.extension).toBe("xlsx");
  expect(detectType(bytes("Reference,Title\nRUP/1,MOU\n"), "list.csv")?.mediaType).toBe("text/csv");
  expect(detectType(bytes("Minutes of the meeting"), "notes")?.mediaType).toBe("text/plain");
});

it("refuses what it cannot vouch for, whatever the name says", () => {
  expect(detectType(bytes("MZ\x90\x00\x03"), "signed.pdf")).toBeNull(); // a Windows program named .pdf
  expect(detectType(bytes("PK\x03\x04 plain zip with other.txt"), "report.docx")).toBeNull();
  expect(detectType(new Uint8Array([0xc3, 0x28, 0x00]), "x.txt")).toBeNull(); // not UTF-8 text
  expect(detectType(new Uint8Array(), "empty.pdf")).toBeNull();
});

it("stores a safe name with the extension of the detected type", () => {
  const pdf = detectType(bytes("%PDF-1.4"), "x")!;
  expect(safeFilename("../../etc/passwd", pdf)).toBe("passwd.pdf");
  expect(safeFilename("C:\\Users\\me\\MOU signed.PDF", pdf)).toBe("MOU signed.pdf");
  expect(safeFilename('evil"\r\nname<script>.exe', pdf)).toBe("evilnamescript.pdf");
  expect(safeFilename("...", pdf)).toBe("document.pdf");
});
