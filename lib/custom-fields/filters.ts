// Custom fields in a list's URL: filters as cf.<key> (one of, several of, yes/no, text contains)
// and cf.<key>.from / cf.<key>.to (number and date ranges), and the columns shown as show=<key>.
// Like the lists' own filters, values that make no sense are dropped, so a list always shows; a
// filter or column naming a field no longer in use (archived, or gone) is set aside and reported.
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRealIsoDate } from "@/lib/domain/validation";
import type { FieldDefinition } from "./values";

export interface CustomListQuery {
  /** cf.<name> parameters without their prefix: "dwcp_outcome", "budget.from". */
  custom?: Record<string, string>;
  /** The custom fields shown as columns, by key. */
  show?: string[];
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const KEY = /^[a-z][a-z0-9_]{0,60}$/;
const MAX = 50;

function entriesOf(params: Params): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : value === undefined ? [] : [[name, value]]));
}

/** The custom fields' part of a list's URL, cleaned of what cannot be a filter or a column. */
export function customListQuery(params: Params): CustomListQuery {
  const custom: Record<string, string> = {};
  const show = new Set<string>();
  for (const [name, raw] of entriesOf(params)) {
    const value = raw.trim().slice(0, 200);
    if (name === "show") {
      for (const key of value.split(",")) if (KEY.test(key) && show.size < MAX) show.add(key);
    } else if (name.startsWith("cf.") && value && Object.keys(custom).length < MAX) {
      const [key, end] = name.slice(3).split(".", 2);
      if (KEY.test(key) && (end === undefined || end === "from" || end === "to")) custom[end ? `${key}.${end}` : key] = value;
    }
  }
  return { ...(Object.keys(custom).length && { custom }), ...(show.size && { show: [...show] }) };
}

/** The query's parameters, to write back into a URL. */
export function customParams(query: CustomListQuery): [string, string][] {
  return [...Object.entries(query.custom ?? {}).map(([name, value]): [string, string] => [`cf.${name}`, value]), ...(query.show?.length ? [["show", query.show.join(",")] as [string, string]] : [])];
}

/** How many custom filters are set (shown on the folded filters of a phone's screen). */
export const customFiltersInUse = (query: CustomListQuery) => new Set(Object.keys(query.custom ?? {}).map((name) => name.split(".")[0])).size;

/** The keys the query names that are not fields in use: a saved view made before a field was archived. */
export function setAside(fields: readonly FieldDefinition[], query: CustomListQuery): string[] {
  const inUse = new Set(fields.filter((f) => !f.archived).map((f) => f.key));
  const named = [...Object.keys(query.custom ?? {}).map((name) => name.split(".")[0]), ...(query.show ?? [])];
  return [...new Set(named.filter((key) => !inUse.has(key)))];
}

const number = (v: string | undefined) => (v !== undefined && /^-?\d{1,15}(\.\d{1,6})?$/.test(v.replace(/[,\s]/g, "")) ? Number(v.replace(/[,\s]/g, "")) : undefined);
const day = (v: string | undefined) => (v !== undefined && isRealIsoDate(v) ? v : undefined);

/**
 * The `where` conditions the query's filters make, one per field, for any record with `customValues`
 * (JSON path conditions; the GIN index serves containment). Values that fit no field are ignored.
 */
export function customWhere(fields: readonly FieldDefinition[], query: CustomListQuery): { customValues: Prisma.JsonFilter }[] {
  const filters = query.custom ?? {};
  const where: { customValues: Prisma.JsonFilter }[] = [];
  for (const field of fields) {
    if (field.archived) continue;
    const path = [field.key];
    const value = filters[field.key];
    switch (field.type) {
      case "ONE_OF":
        if (value && field.options.some((o) => o.id === value)) where.push({ customValues: { path, equals: value } });
        break;
      case "SEVERAL_OF":
        if (value && field.options.some((o) => o.id === value)) where.push({ customValues: { path, array_contains: [value] } });
        break;
      case "YES_NO":
        if (value === "yes" || value === "no") where.push({ customValues: { path, equals: value === "yes" } });
        break;
      case "TEXT":
      case "LONG_TEXT":
      case "URL":
        if (value) where.push({ customValues: { path, string_contains: value, mode: "insensitive" } });
        break;
      case "NUMBER":
      case "DATE": {
        const read = field.type === "NUMBER" ? number : day;
        const from = read(filters[`${field.key}.from`]);
        const to = read(filters[`${field.key}.to`]);
        if (from !== undefined) where.push({ customValues: { path, gte: from } });
        if (to !== undefined) where.push({ customValues: { path, lte: to } });
        break;
      }
    }
  }
  return where;
}
