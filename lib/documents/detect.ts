// What a file is, judged by its bytes, never by its name: the types a partnership unit attaches
// (signed PDFs, minutes, spreadsheets, images). Anything else is refused.

export interface DetectedType {
  mediaType: string;
  extension: string;
  label: string;
}

const PDF: DetectedType = { mediaType: "application/pdf", extension: "pdf", label: "PDF" };
const PNG: DetectedType = { mediaType: "image/png", extension: "png", label: "PNG image" };
const JPEG: DetectedType = { mediaType: "image/jpeg", extension: "jpg", label: "JPEG image" };
const DOCX: DetectedType = { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "Word document" };
const XLSX: DetectedType = { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", label: "Excel workbook" };
const PPTX: DetectedType = { mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx", label: "PowerPoint presentation" };
const CSV: DetectedType = { mediaType: "text/csv", extension: "csv", label: "CSV" };
const TEXT: DetectedType = { mediaType: "text/plain", extension: "txt", label: "text" };

export const ACCEPTED_LABELS = "PDF, Word, Excel, PowerPoint, CSV, text, PNG or JPEG";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Office Open XML files are ZIP archives whose entry names say which application they belong to. */
function officeType(bytes: Uint8Array): DetectedType | null {
  const text = Buffer.from(bytes).toString("latin1");
  if (!text.includes("[Content_Types].xml")) return null;
  if (text.includes("word/")) return DOCX;
  if (text.includes("xl/")) return XLSX;
  if (text.includes("ppt/")) return PPTX;
  return null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectType(bytes: Uint8Array, filename: string): DetectedType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  // Plain text has no signature: it must decode as UTF-8; the name only tells CSV from text.
  if (isUtf8Text(bytes)) return /\.csv$/i.test(filename) ? CSV : TEXT;
  return null;
}

/** A file name safe to store and to send back: no path, no control characters, bounded length. */
export function safeFilename(name: string, type: DetectedType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").replace(/^\.+/, "").trim().slice(0, 200);
  const stem = cleaned.replace(/\.[^.]*$/, "") || "document";
  return `${stem}.${type.extension}`;
}
