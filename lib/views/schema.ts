// A saved view: a name, the list it belongs to, the list's query as its address held it, and
// whether the whole unit may use it.
import { z } from "zod";
import { requiredText } from "@/lib/domain/validation";

/** The lists a view may be saved on, and where each one lives. */
export const VIEW_LISTS = {
  agreements: "/agreements",
  partners: "/partners",
  projects: "/projects",
  meetings: "/meetings",
  "action-items": "/action-items",
  reports: "/reports",
  pipeline: "/pipeline",
} as const;
export type ViewList = keyof typeof VIEW_LISTS;

export const isViewList = (value: unknown): value is ViewList => typeof value === "string" && value in VIEW_LISTS;

/** Parameters a view does not keep: the page one was on, and the view itself. */
const NOT_KEPT = new Set(["page", "view"]);

/**
 * A list's query as a view keeps it: the same parameters in one order (so a view is recognised in
 * the address), without the page. Several values of one name (columns ticked) are kept comma-separated.
 */
export function canonicalQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): string {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : v === undefined ? [] : [[k, v]]));
  const merged = new Map<string, string[]>();
  for (const [key, value] of entries) {
    if (NOT_KEPT.has(key) || value.trim() === "") continue;
    merged.set(key, [...(merged.get(key) ?? []), value]);
  }
  const sorted = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, values]): [string, string] => [key, values.join(",")]);
  return new URLSearchParams(sorted).toString();
}

export const viewSchema = z.object({
  list: z.string().refine(isViewList, "problems.chooseFromList"),
  name: requiredText(80, "problems.giveViewName"),
  query: z.string().max(4000, "problems.viewTooLong").transform((q) => canonicalQuery(new URLSearchParams(q))),
  shared: z.boolean(),
});

export type ViewInput = z.infer<typeof viewSchema>;
