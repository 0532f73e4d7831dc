// The thematic areas, in the brochure's order: the choices every form and filter offers.
import { cachedLookup } from "@/lib/cache/lookups";
import { db } from "@/lib/db";

export function themeChoices() {
  return cachedLookup("themes", () => db().theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, label: true } }));
}
