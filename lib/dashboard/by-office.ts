// The dashboard's figures by office: each office's agreements, projects and open and overdue action
// items, with those of the offices below it added in (a regional office answers for its country
// offices). Counted once per office in SQL (three grouped queries over the dashboard's own records),
// then rolled up the tree here: the tree is small, the records are not.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOffices } from "@/lib/offices/queries";
import { ownOffices } from "@/lib/offices/reach";
import { inTreeOrder, subtreeIds } from "@/lib/offices/tree";
import { readsEveryOffice, type Viewer } from "@/lib/policy";

export interface OfficeFigures {
  id: string;
  name: string;
  depth: number;
  closed: boolean;
  agreements: number;
  activeAgreements: number;
  projects: number;
  openActions: number;
  overdueActions: number;
}

const FIGURES = ["agreements", "activeAgreements", "projects", "openActions", "overdueActions"] as const;

/**
 * The offices under `top` (else every office the viewer reads: all, or their own), in tree order,
 * each with its own records and those below it counted. `agreementIds` and `projects` are the
 * dashboard's (its filters and the viewer's scope applied already).
 */
export async function officesRolledUp(viewer: Viewer, top: string | undefined, agreementIds: string[], projects: Prisma.ProjectWhereInput, on: Date): Promise<OfficeFigures[]> {
  const tree = await allOffices();
  const shownIds = new Set(top ? subtreeIds(tree, top) : readsEveryOffice(viewer) ? tree.map((o) => o.id) : await ownOffices(viewer));
  const [agreements, projectRows, actions] = await Promise.all([
    db().agreement.groupBy({ by: ["officeId", "status"], where: { id: { in: agreementIds } }, _count: { _all: true } }),
    db().project.groupBy({ by: ["officeId"], where: projects, _count: { _all: true } }),
    db().$queryRaw<{ officeId: string; open: number; overdue: number }[]>`
      SELECT COALESCE(m."officeId", a."officeId") AS "officeId", count(*)::int AS open, count(*) FILTER (WHERE i."dueOn" < ${on}::date)::int AS overdue
      FROM "ActionItem" i JOIN "Meeting" m ON m.id = i."meetingId" AND NOT m.archived JOIN "Agreement" a ON a.id = m."agreementId"
      WHERE a.id = ANY(${agreementIds}) AND NOT i.archived AND i.status IN ('OPEN', 'IN_PROGRESS')
      GROUP BY 1`,
  ]);
  const own = new Map<string, Record<(typeof FIGURES)[number], number>>();
  const of = (officeId: string) => own.get(officeId) ?? own.set(officeId, { agreements: 0, activeAgreements: 0, projects: 0, openActions: 0, overdueActions: 0 }).get(officeId)!;
  for (const row of agreements) {
    of(row.officeId).agreements += row._count._all;
    if (row.status === "ACTIVE") of(row.officeId).activeAgreements += row._count._all;
  }
  for (const row of projectRows) of(row.officeId).projects += row._count._all;
  for (const row of actions) {
    of(row.officeId).openActions += row.open;
    of(row.officeId).overdueActions += row.overdue;
  }
  return inTreeOrder(tree.filter((o) => shownIds.has(o.id))).map(({ office, depth }) => {
    const below = subtreeIds(tree, office.id);
    const total = (figure: (typeof FIGURES)[number]) => below.reduce((sum, id) => sum + (own.get(id)?.[figure] ?? 0), 0);
    return { id: office.id, name: office.name, depth, closed: office.closed, ...Object.fromEntries(FIGURES.map((f) => [f, total(f)])) } as OfficeFigures;
  });
}
