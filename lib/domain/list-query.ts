// A list page's links (pages, sorting, exports) keep its filters: the URL's parameters, less the page.
// And the URL parameters several lists share, read one way: bad values are dropped, not refused.
import { z } from "zod";
import { isRealIsoDate } from "./validation";

/** A year such as 2026 (e.g. "in force during"). */
export const yearParam = z.coerce.number().int().min(1900).max(2200).optional().catch(undefined);

/** An ISO 3166-1 alpha-2 country code, any case. */
export const countryParam = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional().catch(undefined);
/** A day YYYY-MM-DD that exists, kept as typed (e.g. an expiry range). */
export const dayParam = z.string().trim().refine(isRealIsoDate).optional().catch(undefined);

/** A day YYYY-MM-DD as UTC midnight; anything else (2026-13-01 included) is no filter. */
export function dateParam(value: string): Date | undefined {
  return isRealIsoDate(value) ? new Date(`${value}T00:00:00Z`) : undefined;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Returns `(path, changes) => path?filters&changes`, for the list's own links. */
export function listQuery(params: SearchParams) {
  // A parameter given several times (the columns a person ticked: show=a&show=b) is kept as one, comma-separated.
  const kept = Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v.filter(Boolean).join(",") : v;
      return typeof value === "string" && value && k !== "page" ? [[k, value]] : [];
    }),
  );
  return (path: string, changes: Record<string, string | undefined> = {}) => {
    const merged = Object.entries({ ...kept, ...changes }).flatMap(([k, v]) => (v ? [[k, v]] : []));
    const query = new URLSearchParams(merged).toString();
    return query ? `${path}?${query}` : path;
  };
}

/**
 * One page of a list and the list's size, asked of the database at once; a page past the end
 * (a stale link) is asked again as the last page.
 */
export async function pageOf<Row>(requested: number, size: number, count: () => Promise<number>, rows: (skip: number) => Promise<Row[]>) {
  const [total, first] = await Promise.all([count(), rows((requested - 1) * size)]);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pageCount);
  return { rows: page === requested ? first : await rows((page - 1) * size), total, page, pageCount };
}

/** How a list is sorted, and the link that sorts it another way (`?sort=…&desc=1`). */
export interface Sorting {
  current: string;
  desc: boolean;
  href: (sort: string, desc: boolean) => string;
}

/** `?sort=…&desc=1` read from a list's URL: a known column, or the list's default. */
export function sortingOf<Column extends string>(params: Record<string, string | string[] | undefined>, columns: readonly Column[], fallback: Column) {
  const sort = typeof params.sort === "string" && (columns as readonly string[]).includes(params.sort) ? (params.sort as Column) : fallback;
  return { sort, desc: params.desc === "1" };
}
