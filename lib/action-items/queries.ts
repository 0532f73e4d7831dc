// Reads of action items (the cooperation activities agreed at meetings) across the portfolio:
// the list behind the dashboard's and the home page's action-item figures. Staff only.
import { inForceDuring } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { countryParam, yearParam } from "@/lib/domain/list-query";
import { today } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scope, type Viewer } from "@/lib/policy";
import { officeAndBelow } from "@/lib/offices/queries";

export const ACTION_ITEMS_PAGE_SIZE = 50;
export const ACTION_ITEM_STATES = ["open", "overdue", "all"] as const;

export interface ActionItemFilters {
  /** open: not done or cancelled; overdue: open and past its due date. */
  state: (typeof ACTION_ITEM_STATES)[number];
  country?: string;
  theme?: string;
  activeIn?: number;
  /** Action items of agreements this officer is responsible for. */
  officer?: string;
  /** Action items of agreements of this office and the offices below it. */
  office?: string;
  /** Keyset pagination: the list continues after this action item (in due-date order). */
  after?: string;
}

export function parseActionItemFilters(params: Record<string, string | string[] | undefined>): ActionItemFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const state = (ACTION_ITEM_STATES as readonly string[]).includes(one("state")) ? (one("state") as ActionItemFilters["state"]) : "open";
  return {
    state,
    country: countryParam.parse(one("country")),
    theme: one("theme").slice(0, 64) || undefined,
    activeIn: yearParam.parse(one("activeIn")),
    officer: one("officer").slice(0, 64) || undefined,
    office: one("office").slice(0, 64) || undefined,
    after: /^[\w-]{1,64}$/.test(one("after")) ? one("after") : undefined,
  };
}

const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/** The `where` for action items the viewer may see: of live meetings of live agreements matching the filters. */
export async function actionItemWhere(viewer: Viewer, filters: Omit<ActionItemFilters, "after">, on = today()): Promise<Prisma.ActionItemWhereInput> {
  const agreement: Prisma.AgreementWhereInput[] = [{ archived: false }];
  if (filters.office) agreement.push({ officeId: { in: await officeAndBelow(filters.office) } });
  if (filters.country) agreement.push({ countries: { has: filters.country } });
  if (filters.theme) agreement.push({ themes: { some: { themeId: filters.theme } } });
  if (filters.activeIn) agreement.push(inForceDuring(filters.activeIn));
  if (filters.officer) agreement.push({ responsibleOfficerId: filters.officer });
  return {
    archived: false,
    meeting: { AND: [scope(viewer).meeting, { archived: false, agreement: { AND: agreement } }] },
    ...(filters.state !== "all" && { status: { in: [...OPEN_STATUSES] } }),
    ...(filters.state === "overdue" && { dueOn: { lt: on } }),
  };
}

/**
 * The rows after `after` in (due date, nulls last; id) order: a keyset condition, so a page deep
 * in 200,000 items costs what the first does.
 */
async function after(id: string | undefined): Promise<Prisma.ActionItemWhereInput> {
  if (!id) return {};
  const cursor = await db().actionItem.findUnique({ where: { id }, select: { id: true, dueOn: true } });
  if (!cursor) return {};
  if (!cursor.dueOn) return { dueOn: null, id: { gt: cursor.id } };
  return { OR: [{ dueOn: { gt: cursor.dueOn } }, { dueOn: cursor.dueOn, id: { gt: cursor.id } }, { dueOn: null }] };
}

export async function listActionItems(viewer: Viewer, filters: ActionItemFilters, on = today()) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "ActionItem")) return null;
  const where = await actionItemWhere(viewer, filters, on);
  const [total, rows] = await Promise.all([
    db().actionItem.count({ where }),
    db().actionItem.findMany({
      where: { AND: [where, await after(filters.after)] },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: ACTION_ITEMS_PAGE_SIZE + 1,
      select: {
        id: true,
        description: true,
        dueOn: true,
        status: true,
        ownerOrganisation: { select: { name: true, acronym: true } },
        meeting: { select: { id: true, title: true, agreement: { select: { id: true, title: true } } } },
        _count: { select: { comments: true } },
      },
    }),
  ]);
  const more = rows.length > ACTION_ITEMS_PAGE_SIZE;
  const shown = rows.slice(0, ACTION_ITEMS_PAGE_SIZE);
  return { rows: shown, total, next: more ? shown.at(-1)!.id : null };
}
