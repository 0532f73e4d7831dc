// A list page's links (pages, sorting, exports) keep its filters: the URL's parameters, less the page.
type SearchParams = Record<string, string | string[] | undefined>;

/** Returns `(path, changes) => path?filters&changes`, for the list's own links. */
export function listQuery(params: SearchParams) {
  const kept = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && v && k !== "page" ? [[k, v]] : [])));
  return (path: string, changes: Record<string, string | undefined> = {}) => {
    const merged = Object.entries({ ...kept, ...changes }).flatMap(([k, v]) => (v ? [[k, v]] : []));
    const query = new URLSearchParams(merged).toString();
    return query ? `${path}?${query}` : path;
  };
}
