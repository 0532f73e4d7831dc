// Reads of results frameworks: a project's results with their indicators, each judged by the one
// on-track rule (./on-track.ts), and the dashboard's counts across projects.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scope, type Viewer } from "@/lib/policy";
import { standingOf, type Standing } from "./on-track";

/** A stored decimal as a number, for judging and drawing (not for display: that keeps the text). */
export const decimalNumber = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

const indicatorSelect = {
  id: true,
  title: true,
  measure: true,
  ascending: true,
  baselineYear: true,
  baselineValue: true,
  version: true,
  periods: {
    orderBy: { periodEnd: "asc" },
    select: { id: true, periodStart: true, periodEnd: true, target: true, actual: true, comment: true, report: { select: { id: true, organisation: { select: { name: true, acronym: true } } } } },
  },
} as const;

type IndicatorRow = {
  measure: string;
  ascending: boolean;
  baselineValue: { toString(): string } | null;
  periods: { periodEnd: Date; target: { toString(): string } | null; actual: { toString(): string } | null }[];
};

export function judge(indicator: IndicatorRow): Standing {
  return standingOf({
    measure: indicator.measure,
    ascending: indicator.ascending,
    baselineValue: decimalNumber(indicator.baselineValue),
    periods: indicator.periods.map((p) => ({ periodEnd: p.periodEnd, target: decimalNumber(p.target), actual: decimalNumber(p.actual) })),
  });
}

/** A project's live results and indicators, for whoever may see the project. */
export async function resultsOf(viewer: Viewer, projectId: string) {
  const results = await db().result.findMany({
    where: { projectId, archived: false, project: scope(viewer).project },
    // Impact, then outcomes, then outputs: from the end the project serves to what it delivers.
    orderBy: [{ type: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      type: true,
      title: true,
      description: true,
      version: true,
      indicators: { where: { archived: false }, orderBy: { createdAt: "asc" }, select: indicatorSelect },
    },
  });
  return results.map((r) => ({ ...r, indicators: r.indicators.map((i) => ({ ...i, standing: judge(i) })) }));
}

export type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];
export type IndicatorDetail = ResultRow["indicators"][number];

/** How the live indicators of these projects stand, counted, with the ones behind named. */
export async function indicatorStandings(projectIds: string[]) {
  const indicators = await db().indicator.findMany({
    where: { archived: false, result: { archived: false, projectId: { in: projectIds } } },
    orderBy: [{ result: { project: { code: "asc" } } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      measure: true,
      ascending: true,
      baselineValue: true,
      periods: { select: { periodEnd: true, target: true, actual: true } },
      result: { select: { project: { select: { id: true, code: true } } } },
    },
  });
  const counts: Record<Standing, number> = { "on-track": 0, behind: 0, "no-data": 0, qualitative: 0 };
  const behind: { id: string; title: string; project: { id: string; code: string } }[] = [];
  for (const indicator of indicators) {
    const standing = judge(indicator);
    counts[standing]++;
    if (standing === "behind") behind.push({ id: indicator.id, title: indicator.title, project: indicator.result.project });
  }
  return { counts, behind };
}

/** Every indicator period of the projects a filter matches, for export (staff only). */
export async function exportResults(viewer: Viewer, projects: Prisma.ProjectWhereInput) {
  if (!can(viewer, "read", "Export") || !can(viewer, "read", "Indicator") || viewer.role === "PARTNER") return null;
  return db().indicator.findMany({
    where: { archived: false, result: { archived: false, project: projects } },
    orderBy: [{ result: { project: { code: "asc" } } }, { result: { createdAt: "asc" } }, { createdAt: "asc" }],
    take: 50_000,
    select: {
      ...indicatorSelect,
      result: { select: { type: true, title: true, project: { select: { code: true } } } },
    },
  });
}
