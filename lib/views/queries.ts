// Reads of saved views: a person's own and those shared with the unit, on one list, and the one
// their list opens with.
import { cache } from "react";
import { db } from "@/lib/db";
import { can, type Viewer } from "@/lib/policy";
import type { ViewList } from "./schema";

export interface ViewChoice {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  version: number;
  mine: boolean;
  owner: string;
}

/** A person's default view on a list, read once per request (the redirect to it and the views bar both ask). */
const preferredView = cache((userId: string, list: ViewList) =>
  db().defaultView.findUnique({ where: { userId_list: { userId, list } }, select: { viewId: true, view: { select: { id: true, query: true, shared: true, ownerId: true } } } }),
);

/** The views a person may use on a list: their own, then the unit's, by name; null for those without lists. */
export async function viewsOf(viewer: Viewer, list: ViewList): Promise<{ views: ViewChoice[]; defaultId: string | null } | null> {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "SavedView")) return null;
  const [rows, preferred] = await Promise.all([
    db().savedView.findMany({
      where: { list, OR: [{ ownerId: viewer.userId }, { shared: true }] },
      orderBy: [{ name: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true, query: true, shared: true, version: true, ownerId: true, owner: { select: { name: true } } },
    }),
    preferredView(viewer.userId, list),
  ]);
  const views = rows
    .map((v) => ({ id: v.id, name: v.name, query: v.query, shared: v.shared, version: v.version, mine: v.ownerId === viewer.userId, owner: v.owner.name }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
  // A default the person may no longer use (unshared since) opens nothing.
  const defaultId = preferred && views.some((v) => v.id === preferred.viewId) ? preferred.viewId : null;
  return { views, defaultId };
}

/** The address a person's list should open at when asked with no filters: their default view's, if any. */
export async function defaultViewAddress(viewer: Viewer, list: ViewList, path: string): Promise<string | null> {
  if (viewer.role === "PARTNER") return null;
  const view = (await preferredView(viewer.userId, list))?.view;
  if (!view || (!view.shared && view.ownerId !== viewer.userId)) return null;
  return viewAddress(path, view);
}

/** A view as a link: opening it reproduces it. */
export const viewAddress = (path: string, view: { id: string; query: string }) => `${path}?${view.query ? `${view.query}&` : ""}view=${view.id}`;
