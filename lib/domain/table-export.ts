// A list exported as a file: CSV or Excel (.xlsx, written by write-excel-file).
// CSV as spreadsheets read it: RFC 4180 quoting, a UTF-8 byte-order mark so Excel detects the
// encoding, and cells that a spreadsheet would run as a formula made inert (CSV injection).
// In .xlsx, text cells are typed as text, so they are never formulas.
import writeXlsxFile from "write-excel-file/node";

export type ExportCell = string | number | null | undefined;
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: ExportCell): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (row: ExportCell[]) => row.map(csvCell).join(",") + "\r\n";

export function toCsv(header: string[], rows: ExportCell[][]): string {
  return "\uFEFF" + [header, ...rows].map(csvLine).join("");
}

type Rows = Iterable<ExportCell[]> | AsyncIterable<ExportCell[]>;

/** CSV as a stream: rows are read as the client takes them, about 64 KB at a time, so memory stays flat. */
function csvStream(header: string[], rows: Rows): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = (Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()) as AsyncIterator<ExportCell[]> | Iterator<ExportCell[]>;
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      let chunk = first ? "\uFEFF" + csvLine(header) : "";
      first = false;
      while (chunk.length < 65_536) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export async function toXlsx(header: string[], rows: ExportCell[][]): Promise<Buffer> {
  const data = [
    header.map((value) => ({ value, fontWeight: "bold" as const })),
    ...rows.map((row) => row.map((value) => (value === null || value === undefined || value === "" ? null : { value, type: typeof value === "number" ? Number : String }))),
  ];
  return writeXlsxFile(data as never).toBuffer();
}

async function collect(rows: Rows): Promise<ExportCell[][]> {
  const all: ExportCell[][] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/**
 * The HTTP response for an exported list, named `<name>-<date>.<format>`. CSV is streamed; an Excel
 * workbook is written whole (write-excel-file builds it in memory), so its rows are collected first.
 */
export async function exportResponse(format: ExportFormat, name: string, header: string[], rows: Rows): Promise<Response> {
  const date = new Date().toISOString().slice(0, 10);
  const [body, contentType] =
    format === "xlsx"
      ? [new Uint8Array(await toXlsx(header, await collect(rows))), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
      : [csvStream(header, rows), "text/csv; charset=utf-8"];
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${name}-${date}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
