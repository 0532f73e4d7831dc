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

export function toCsv(header: string[], rows: ExportCell[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx(header: string[], rows: ExportCell[][]): Promise<Buffer> {
  const data = [
    header.map((value) => ({ value, fontWeight: "bold" as const })),
    ...rows.map((row) => row.map((value) => (value === null || value === undefined || value === "" ? null : { value, type: typeof value === "number" ? Number : String }))),
  ];
  return writeXlsxFile(data as never).toBuffer();
}

/** The HTTP response for an exported list, named `<name>-<date>.<format>`. */
export async function exportResponse(format: ExportFormat, name: string, header: string[], rows: ExportCell[][]): Promise<Response> {
  const date = new Date().toISOString().slice(0, 10);
  const [body, contentType] =
    format === "xlsx"
      ? [new Uint8Array(await toXlsx(header, rows)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
      : [toCsv(header, rows), "text/csv; charset=utf-8"];
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${name}-${date}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
