// Reads of reporting: a project's requirements and reports, one report with what its form needs,
// the reports a partner owes, the unit's review queue, and what needs attention. Partners see
// their own organisation's reports only (policy scope).
import { activityOf } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scope, type Viewer } from "@/lib/policy";
import { periodFor } from "@/lib/results/period-for";

/** Reports still expected: not archived, and a due one only while its requirement stands. */
export const liveReport = {
  archived: false,
  project: { archived: false },
  OR: [{ state: { not: "DUE" } }, { requirement: { archived: false } }],
} satisfies Prisma.PartnerReportWhereInput;

const reportRow = {
  id: true,
  kind: true,
  state: true,
  dueOn: true,
  periodStart: true,
  periodEnd: true,
  submittedAt: true,
  version: true,
  organisation: { select: { id: true, name: true, acronym: true } },
  project: { select: { id: true, code: true, title: true } },
} satisfies Prisma.PartnerReportSelect;

/** A project's reports (partners: their own) and, for staff, its requirements. */
export async function reportingOf(viewer: Viewer, projectId: string) {
  const { report, isPartner } = scope(viewer);
  const [reports, requirements] = await Promise.all([
    db().partnerReport.findMany({ where: { AND: [report, liveReport, { projectId }] }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], select: reportRow }),
    isPartner
      ? []
      : db().reportingRequirement.findMany({
          where: { projectId, archived: false },
          orderBy: { createdAt: "asc" },
          select: { id: true, kind: true, everyMonths: true, firstDueOn: true, lastDueOn: true, version: true, organisation: { select: { name: true } } },
        }),
  ]);
  return { reports, requirements };
}

export type ReportRow = Awaited<ReturnType<typeof reportingOf>>["reports"][number];

/** One report with the indicators to report on (and their targets), its actuals, files and history. */
export async function findReport(viewer: Viewer, id: string) {
  const report = await db().partnerReport.findFirst({
    where: { AND: [scope(viewer).report, { id }] },
    select: {
      ...reportRow,
      narrative: true,
      health: true,
      progressPercent: true,
      decidedAt: true,
      decisionComment: true,
      archived: true,
      requirement: { select: { archived: true } },
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
      actuals: { select: { indicatorId: true, value: true, comment: true } },
      documents: { where: { archived: false }, orderBy: { createdAt: "asc" }, select: { id: true, filename: true, sizeBytes: true } },
      project: {
        select: {
          id: true,
          code: true,
          title: true,
          officeId: true,
          archived: true,
          results: {
            where: { archived: false },
            orderBy: [{ type: "desc" }, { createdAt: "asc" }],
            select: {
              title: true,
              indicators: {
                where: { archived: false },
                orderBy: { createdAt: "asc" },
                select: { id: true, title: true, measure: true, periods: { select: { periodStart: true, periodEnd: true, target: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!report) return null;
  const indicators = report.project.results.flatMap((r) =>
    r.indicators.map((i) => {
      const actual = report.actuals.find((a) => a.indicatorId === i.id);
      // The period the actual goes to on acceptance (lib/results/period-for.ts), and its target.
      const period = periodFor(i.periods, report);
      return {
        id: i.id,
        title: i.title,
        result: r.title,
        measure: i.measure,
        target: period?.target?.toString() ?? null,
        period: period && { periodStart: period.periodStart, periodEnd: period.periodEnd },
        value: actual?.value?.toString() ?? "",
        comment: actual?.comment ?? "",
      };
    }),
  );
  // The history shows who did what; partners read it too (it is their own report).
  const history = await activityOf("PartnerReport", report.id);
  return { ...report, indicators, history };
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** A partner's reports: those it owes or is waiting on (soonest first), or those accepted (latest first). */
export async function reportsForPartner(viewer: Viewer, which: "open" | "accepted" = "open") {
  if (viewer.role !== "PARTNER") return [];
  const open = which === "open";
  return db().partnerReport.findMany({
    where: { AND: [scope(viewer).report, liveReport, { state: open ? { in: ["DUE", "RETURNED", "SUBMITTED"] } : "ACCEPTED" }] },
    // What is owed, soonest first; what was accepted, latest first.
    orderBy: [{ dueOn: open ? "asc" : "desc" }, { id: "asc" }],
    take: 50,
    select: reportRow,
  });
}

export const REPORT_FILTERS = ["waiting", "overdue", "due", "returned", "accepted"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];

/** The list's tab from the URL (`show`); anything else is the review queue. */
export const parseReportFilter = (value: unknown): ReportFilter => (REPORT_FILTERS.includes(value as ReportFilter) ? (value as ReportFilter) : "waiting");

const filterWhere = (on: Date): Record<ReportFilter, Prisma.PartnerReportWhereInput> => ({
  waiting: { state: "SUBMITTED" },
  overdue: { state: { in: ["DUE", "RETURNED"] }, dueOn: { lt: on } },
  due: { state: "DUE", dueOn: { gte: on } },
  returned: { state: "RETURNED" },
  accepted: { state: "ACCEPTED" },
});

/** The unit's reports by where they stand (staff): the review queue first. */
export async function listReports(viewer: Viewer, filter: ReportFilter, on: Date) {
  if (!can(viewer, "read", "PartnerReport") || viewer.role === "PARTNER") return null;
  const where = filterWhere(on);
  const counts = Object.fromEntries(
    await Promise.all(REPORT_FILTERS.map(async (f) => [f, await db().partnerReport.count({ where: { AND: [liveReport, where[f]] } })] as const)),
  ) as Record<ReportFilter, number>;
  const rows = await db().partnerReport.findMany({
    where: { AND: [liveReport, where[filter]] },
    orderBy: filter === "accepted" ? [{ dueOn: "desc" }] : [{ dueOn: "asc" }, { id: "asc" }],
    take: 200,
    select: reportRow,
  });
  return { rows, counts };
}

/** The reports one tab of the list shows, with what was reported and decided, for export (staff only). */
export async function exportReports(viewer: Viewer, filter: ReportFilter, on: Date) {
  if (!can(viewer, "read", "Export") || !can(viewer, "read", "PartnerReport") || viewer.role === "PARTNER") return null;
  return db().partnerReport.findMany({
    where: { AND: [liveReport, filterWhere(on)[filter]] },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 50_000,
    select: {
      ...reportRow,
      health: true,
      progressPercent: true,
      narrative: true,
      decidedAt: true,
      decisionComment: true,
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  });
}

export const REPORT_NOTICE_DAYS = 30;

/** Reports due within the notice period or overdue, and those waiting for review, for attention. */
export async function reportsNeedingAttention(on: Date, { officerId, offices }: { officerId?: string; offices?: readonly string[] } = {}) {
  const until = new Date(on.getTime() + REPORT_NOTICE_DAYS * 86_400_000);
  const officer = { project: { ...(officerId && { responsibleOfficerId: officerId }), ...(offices && { officeId: { in: [...offices] } }) } };
  const select = { ...reportRow, project: { select: { id: true, code: true, title: true, responsibleOfficerId: true, officeId: true } } };
  const [due, waiting] = await Promise.all([
    db().partnerReport.findMany({ where: { AND: [liveReport, officer, { state: { in: ["DUE", "RETURNED"] }, dueOn: { lte: until } }] }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], select }),
    db().partnerReport.findMany({ where: { AND: [liveReport, officer, { state: "SUBMITTED" }] }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], select }),
  ]);
  return { due, waiting };
}
