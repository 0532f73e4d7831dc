// Reading the office tree: the whole of it, once per request (it is small; tree.ts walks it).
import { cachedLookup } from "@/lib/cache/lookups";
import { db } from "@/lib/db";
import { msg, type Message } from "@/lib/i18n/message";
import { can, type Viewer } from "@/lib/policy";
import { inTreeOrder, subtreeIds } from "./tree";

/** Every office, open and closed (a cached lookup: the tree changes seldom, and every request needs it). */
export const allOffices = () =>
  cachedLookup("offices", () => db().office.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, city: true, parentId: true, closed: true } }));

/** The offices for staff to see and choose from; partners see none. */
export async function listOffices(viewer: Viewer) {
  return can(viewer, "read", "Office") ? allOffices() : null;
}

/** The office and the offices below it: what "by office" filters match. */
export async function officeAndBelow(id: string): Promise<string[]> {
  return subtreeIds(await allOffices(), id);
}

/** The offices page: every office with how many agreements and staff it holds; administrators only. */
export async function officesForAdministrators(viewer: Viewer) {
  if (!can(viewer, "update", "Office")) return null;
  return db().office.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, city: true, parentId: true, closed: true, version: true, _count: { select: { agreements: true, users: true } } },
  });
}

/**
 * What is wrong with giving a record the office `officeId` (none: nothing): it must exist, and be
 * open unless the record has it already (`keptOfficeId`: a closed office keeps its records).
 */
export async function officeProblem(officeId: string | null, keptOfficeId?: string): Promise<Message | null> {
  if (!officeId || officeId === keptOfficeId) return null;
  const office = await db().office.findUnique({ where: { id: officeId }, select: { closed: true } });
  if (!office) return msg("problems.chooseOfficeFromList");
  return office.closed ? msg("problems.officeClosedNoRecords") : null;
}

/** The offices in tree order, each with its depth: what a form or a filter offers. */
export async function officeChoices() {
  return inTreeOrder(await allOffices()).map(({ office, depth }) => ({ id: office.id, name: office.name, depth, closed: office.closed }));
}
