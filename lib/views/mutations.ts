// Saving, changing, sharing and removing views, and choosing the one a list opens with. A person
// changes only their own views; sharing with the unit is for officers and administrators (the
// policy's "update" on SavedView). Changes are made at the version the person read.
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { msg } from "@/lib/i18n/message";
import { can, type Viewer } from "@/lib/policy";
import { isViewList, viewSchema, type ViewList } from "./schema";

const GONE = refused(msg("problems.viewGone"));
const MAY_NOT_SHARE = msg("problems.mayNotShareViews");
const MAY_NOT_SAVE = msg("problems.mayNotSaveViews");
/** Views are for the lists, which are staff's: partners have none. */
const keepsViews = (viewer: Viewer) => viewer.role !== "PARTNER" && can(viewer, "create", "SavedView");

async function nameTaken(viewer: Viewer, list: string, name: string, except?: string) {
  const same = await db().savedView.findFirst({ where: { ownerId: viewer.userId, list, name: { equals: name, mode: "insensitive" }, ...(except && { id: { not: except } }) }, select: { id: true } });
  return Boolean(same);
}

/** Saves the list's current query under a name. */
export async function createView(viewer: Viewer, values: { list: string; name: string; query: string; shared: boolean }): Promise<ActionResult> {
  if (!keepsViews(viewer)) return denied(MAY_NOT_SAVE);
  const parsed = viewSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (input.shared && !can(viewer, "update", "SavedView")) return denied(MAY_NOT_SHARE);
  if (await nameTaken(viewer, input.list, input.name)) return refused(FIX_FIELDS, { name: msg("problems.viewNameTaken") });
  const view = await db().savedView.create({ data: { ...input, ownerId: viewer.userId } });
  return { ok: true, id: view.id };
}

/** Renames one's own view, shares or unshares it, and (`replaceQuery`) gives it the list's current query. */
export async function updateView(
  viewer: Viewer,
  id: string,
  readVersion: number,
  values: { name: string; shared: boolean; query?: string },
): Promise<ActionResult> {
  if (!keepsViews(viewer)) return denied(MAY_NOT_SAVE);
  const current = await db().savedView.findFirst({ where: { id, ownerId: viewer.userId }, select: { list: true, query: true, shared: true, version: true } });
  if (!current) return GONE;
  const parsed = viewSchema.safeParse({ list: current.list, name: values.name, query: values.query ?? current.query, shared: values.shared });
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (input.shared !== current.shared && !can(viewer, "update", "SavedView")) return denied(MAY_NOT_SHARE);
  if (await nameTaken(viewer, current.list, input.name, id)) return refused(FIX_FIELDS, { name: msg("problems.viewNameTaken") });
  const { count } = await db().savedView.updateMany({
    where: { id, ownerId: viewer.userId, version: readVersion },
    data: { name: input.name, query: input.query, shared: input.shared, version: { increment: 1 } },
  });
  return count ? { ok: true, id } : refused(msg("problems.viewChangedMeanwhile"));
}

/** Removes one's own view (and it stops being anyone's default). */
export async function deleteView(viewer: Viewer, id: string): Promise<ActionResult> {
  if (!keepsViews(viewer)) return denied(MAY_NOT_SAVE);
  const { count } = await db().savedView.deleteMany({ where: { id, ownerId: viewer.userId } });
  return count ? { ok: true, id } : GONE;
}

/** The view a person's list opens with, or none (`viewId` null). */
export async function setDefaultView(viewer: Viewer, list: ViewList | string, viewId: string | null): Promise<ActionResult> {
  if (!keepsViews(viewer)) return denied(MAY_NOT_SAVE);
  if (!isViewList(list)) return GONE;
  if (!viewId) {
    await db().defaultView.deleteMany({ where: { userId: viewer.userId, list } });
    return { ok: true, id: list };
  }
  const view = await db().savedView.findFirst({ where: { id: viewId, list, OR: [{ ownerId: viewer.userId }, { shared: true }] }, select: { id: true } });
  if (!view) return GONE;
  await db().defaultView.upsert({ where: { userId_list: { userId: viewer.userId, list } }, create: { userId: viewer.userId, list, viewId }, update: { viewId } });
  return { ok: true, id: viewId };
}
