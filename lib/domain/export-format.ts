import { EXPORT_FORMATS, type ExportFormat } from "./table-export";

/** The `format` query parameter of an export link: csv unless it says xlsx. */
export function exportFormatOf(url: string): ExportFormat {
  const format = new URL(url).searchParams.get("format") ?? "";
  return (EXPORT_FORMATS as readonly string[]).includes(format) ? (format as ExportFormat) : "csv";
}
