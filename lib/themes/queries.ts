// The thematic areas, in the brochure's order: the choices every form and filter offers.
import { db } from "@/lib/db";

export function themeChoices() {
  return db().theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, label: true } });
}
