// A spreadsheet the unit already keeps, read into a header and rows of text: CSV (RFC 4180,
// UTF-8, with or without a byte-order mark) or Excel .xlsx (read-excel-file). The type is judged
// by content, as for documents.
import { readSheet } from "read-excel-file/node";
import { detectType } from "@/lib/documents/detect";
import { isoDate } from "@/lib/domain/format";
import { filesTooLarge } from "@/lib/uploads/limit";
import { msg, type Text } from "@/lib/i18n/message";
import { say } from "@/lib/i18n/say";

export interface Table {
  header: string[];
  /** Each data row with its line number in the spreadsheet (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

/** A file that is not a table this reads, and why (in the reader's words, put by the form). */
export class UnreadableFile extends Error {
  constructor(readonly why: Text) {
    super(say("en", why));
  }
}

export const MAX_IMPORT_ROWS = 5000;

/** The separator the header line uses: comma, semicolon (European Excel) or tab. */
function separatorOf(firstLine: string): string {
  const counts = [",", ";", "\t"].map((s) => [s, firstLine.split(s).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  const separator = separatorOf(input.split(/\r?\n/, 1)[0] ?? "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell === "") {
      quoted = true;
    } else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  if (quoted) throw new UnreadableFile(msg("problems.quotedCellNeverClosed"));
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value) ?? "";
  return String(value).trim();
}

export async function readTable(file: { name: string; bytes: Uint8Array }): Promise<Table> {
  const tooLarge = filesTooLarge([file]);
  if (tooLarge) throw new UnreadableFile(tooLarge);
  const type = detectType(file.bytes, file.name);
  let cells: string[][];
  if (type?.extension === "xlsx") {
    try {
      cells = (await readSheet(Buffer.from(file.bytes))).map((row) => row.map(cellText));
    } catch {
      throw new UnreadableFile(msg("problems.excelFileUnreadable"));
    }
  } else if (type?.mediaType === "text/csv" || type?.mediaType === "text/plain") {
    cells = parseCsv(new TextDecoder().decode(file.bytes)).map((row) => row.map((c) => c.trim()));
  } else {
    throw new UnreadableFile(msg("problems.importCsvOrExcel"));
  }
  const [header = [], ...rest] = cells;
  const rows = rest.map((row, i) => ({ line: i + 2, cells: row })).filter((row) => row.cells.some((c) => c !== ""));
  if (!header.some(Boolean) || rows.length === 0) throw new UnreadableFile(msg("problems.fileNeedsHeaderRow"));
  if (rows.length > MAX_IMPORT_ROWS) throw new UnreadableFile(msg("problems.importAtMostRows", { max: MAX_IMPORT_ROWS }));
  return { header: header.map((h) => h.trim()), rows };
}
