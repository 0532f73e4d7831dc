// Reading the office tree: the whole of it, once per request (it is small; tree.ts walks it).
import { cache } from "react";
import { db } from "@/lib/db";
import { can, type Viewer } from "@/lib/policy";
import { subtreeIds } from "./tree";

/** Every office, open and closed, with its version for the edit forms. */
export const allOffices = cache(() =>
  db().office.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, city: true, parentId: true, closed: true, version: true } }),
);

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
