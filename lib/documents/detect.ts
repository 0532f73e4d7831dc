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

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: a ZIP archive's first local header

// Limits for ZIP archives (Office files), judged from their central directory before anything
// is unpacked: a "zip bomb" of a few kilobytes can unpack to gigabytes.
const ZIP_MAX_ENTRIES = 2000;
const ZIP_MAX_UNPACKED = 200 * 1024 * 1024;
const ZIP_MAX_RATIO = 200;

/** The entry names of a ZIP archive, or null when its directory is unreadable or it unpacks too large. */
export function safeZipEntries(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > ZIP_MAX_ENTRIES || count === 0xffff || at === 0xffffffff) return null; // too many, or ZIP64
  const names: string[] = [];
  let packed = 0;
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    packed += view.getUint32(at + 20, true);
    unpacked += view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    names.push(Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8"));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (unpacked > ZIP_MAX_UNPACKED || unpacked > Math.max(packed, 1024) * ZIP_MAX_RATIO) return null;
  return names;
}

/** Office Open XML files are ZIP archives whose entry names say which application they belong to. */
function officeType(bytes: Uint8Array): DetectedType | null {
  const names = safeZipEntries(bytes);
  if (!names?.includes("[Content_Types].xml")) return null;
  if (names.some((n) => n.startsWith("word/"))) return DOCX;
  if (names.some((n) => n.startsWith("xl/"))) return XLSX;
  if (names.some((n) => n.startsWith("ppt/"))) return PPTX;
  return null;
}

/** Markup near the start of a binary file: a polyglot that a browser could be talked into rendering as a page. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  return /<(html|script|svg|body|iframe|object|embed|!doctype)\b/i.test(Buffer.from(bytes.subarray(0, 1024)).toString("latin1"));
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

function binaryType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ZIP)) return officeType(bytes);
  return null;
}

export function detectType(bytes: Uint8Array, filename: string): DetectedType | null {
  if (bytes.length === 0) return null;
  const binary = binaryType(bytes);
  if (binary) return looksLikeMarkup(bytes) ? null : binary;
  if (startsWith(bytes, ZIP)) return null; // an archive that is no acceptable Office file
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
