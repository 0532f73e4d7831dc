import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Sorting } from "@/lib/domain/list-query";
import { ScrollBox } from "./scroll-box";

export interface Column<Row> {
  label: string;
  /** The list's sort key for this column; without it the heading does not sort. */
  sort?: string;
  numeric?: boolean;
  /** Long text (an error message) that wraps in a column of its own width rather than widening the table. */
  wrap?: boolean;
  cell: (row: Row) => ReactNode;
}

/**
 * Every list page's table. On a narrow screen it scrolls sideways inside its own ScrollBox while
 * the first column, the record's name, stays in view.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sorting,
  empty,
  rowClassName,
}: {
  /** Names the table for screen readers (and the scroll region). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sorting?: Sorting;
  empty: string;
  rowClassName?: (row: Row) => string;
}) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{empty}</p>;
  }
  return (
    <ScrollBox label={caption} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-start text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column, i) => (
              <Heading key={column.label || i} column={column} sorting={sorting} first={i === 0} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row) ?? "bg-white hover:bg-slate-50"}>
              {columns.map((column, i) => (
                <td key={column.label || i} className={`px-4 py-3 align-top ${cellClass(column, i === 0)}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** The first column sticks to the left edge (with the row's background) and wraps; the others keep to one line. */
function cellClass(column: Pick<Column<unknown>, "numeric" | "wrap">, first: boolean): string {
  if (first) return "sticky start-0 z-10 min-w-40 max-w-[60vw] bg-inherit sm:max-w-none";
  if (column.wrap) return "min-w-48 max-w-xs break-words";
  return column.numeric ? "text-end whitespace-nowrap" : "whitespace-nowrap";
}

/** A column heading that sorts the list by its column, and reverses when it already does. */
function Heading<Row>({ column, sorting, first }: { column: Column<Row>; sorting?: Sorting; first: boolean }) {
  const t = useTranslations("table");
  const className = `px-4 py-3 ${first ? "sticky start-0 z-10 bg-slate-50" : "whitespace-nowrap"} ${column.numeric ? "text-end" : ""}`;
  if (!sorting || !column.sort) {
    return (
      <th scope="col" className={className}>
        {column.label || <span className="sr-only">{t("actions")}</span>}
      </th>
    );
  }
  const active = sorting.current === column.sort;
  return (
    <th scope="col" className={className} aria-sort={active ? (sorting.desc ? "descending" : "ascending") : undefined}>
      <Link href={sorting.href(column.sort, active && !sorting.desc)} className="inline-block py-1 hover:text-slate-900">
        {column.label}
        {active ? (sorting.desc ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
}
