import Link from "next/link";

export interface Sorting {
  current: string;
  desc: boolean;
  href: (sort: string, desc: boolean) => string;
}

/** A column heading that sorts the list by its column, and reverses when it already does. */
export function SortHeading({ label, sort, sorting, className = "" }: { label: string; sort?: string; sorting?: Sorting; className?: string }) {
  if (!sorting || !sort) {
    return (
      <th scope="col" className={`px-4 py-3 ${className}`}>
        {label}
      </th>
    );
  }
  const active = sorting.current === sort;
  return (
    <th scope="col" className={`px-4 py-3 ${className}`} aria-sort={active ? (sorting.desc ? "descending" : "ascending") : undefined}>
      <Link href={sorting.href(sort, active && !sorting.desc)} className="hover:text-slate-800">
        {label}
        {active ? (sorting.desc ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
}

/** `?sort=…&desc=1` read from a list's URL: a known column, or the list's default. */
export function sortingOf<Column extends string>(params: Record<string, string | string[] | undefined>, columns: readonly Column[], fallback: Column) {
  const sort = typeof params.sort === "string" && (columns as readonly string[]).includes(params.sort) ? (params.sort as Column) : fallback;
  return { sort, desc: params.desc === "1" };
}
