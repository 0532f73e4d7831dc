// GET /api/v1/projects: projects with their status reports and results indicators (targets and
// actuals per period). A partner's token sees the projects it is a partner of or whose agreement it is party to.
import { z } from "zod";
import { customFieldsItem, customValuesFor } from "@/lib/custom-fields/api";
import { db } from "@/lib/db";
import { Health, IndicatorMeasure, ProjectLifecycle, ResultType } from "@/lib/generated/prisma/enums";
import { projectWhere } from "@/lib/projects/queries";
import { endpoint } from "../endpoint";
import { after, day, decimal, id, idParam, money, timestamp, toDay, toDayOrNull, toDecimal, toDecimalOrNull } from "./fields";

const value = decimal.nullable();

const item = z.object({
  id,
  code: z.string(),
  title: z.string(),
  agreement_id: id.nullable(),
  lifecycle: z.enum(ProjectLifecycle),
  countries: z.array(z.string().length(2)),
  budget: money.nullable(),
  starts_on: day.nullable(),
  ends_on: day.nullable(),
  summary: z.string().nullable(),
  status_reports: z.array(z.object({ id, reported_on: day, health: z.enum(Health), progress_percent: z.number().int(), summary: z.string() })).describe("Newest first."),
  indicators: z.array(
    z.object({
      id,
      result: z.object({ id, type: z.enum(ResultType), title: z.string() }),
      title: z.string(),
      measure: z.enum(IndicatorMeasure),
      ascending: z.boolean().describe("true: higher is better."),
      baseline_year: z.number().int().nullable(),
      baseline_value: value,
      periods: z.array(z.object({ period_start: day, period_end: day, target: value, actual: value, comment: z.string().nullable() })),
    }),
  ),
  office: z.object({ id, name: z.string() }).describe("The office responsible for it."),
  custom_fields: customFieldsItem,
  updated_at: timestamp,
});

export const projects = endpoint({
  path: "/projects",
  name: "Project",
  summary: "Projects with status reports and indicators",
  description: "Projects in id order, with their status reports and the indicators of their results.",
  query: z.object({
    q: z.string().trim().min(1).max(200).optional().describe("Words in the code, title or summary."),
    lifecycle: z.enum(ProjectLifecycle).optional(),
    health: z.enum({ ...Health, NONE: "NONE" }).optional().describe("The latest status report's health; NONE: no report yet."),
    country: z.string().regex(/^[A-Za-z]{2}$/).transform((v) => v.toUpperCase()).optional(),
    theme: idParam.optional().describe("A theme's id."),
    activeIn: z.coerce.number().int().min(1900).max(2200).optional().describe("Running at some time in this year."),
    office: idParam.optional().describe("Projects of this office and the offices below it."),
  }),
  item,
  entity: "PROJECT",
  async list(viewer, query, page) {
    const custom = await customValuesFor(viewer, "PROJECT");
    const where = await projectWhere(viewer, query);
    const live = { archived: false } as const;
    const rows = await db().project.findMany({
      where: { AND: [where, after(page)] },
      orderBy: { id: "asc" },
      take: page.take,
      include: {
        office: { select: { id: true, name: true } },
        statusReports: { where: live, orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }] },
        results: {
          where: live,
          orderBy: { createdAt: "asc" },
          include: { indicators: { where: live, orderBy: { createdAt: "asc" }, include: { periods: { orderBy: { periodEnd: "asc" } } } } },
        },
      },
    });
    return rows.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      agreement_id: p.agreementId,
      lifecycle: p.lifecycle,
      countries: p.countries,
      budget: p.budgetAmount && p.budgetCurrency ? { amount: toDecimal(p.budgetAmount), currency: p.budgetCurrency } : null,
      starts_on: toDayOrNull(p.startsOn),
      ends_on: toDayOrNull(p.endsOn),
      summary: p.summary,
      status_reports: p.statusReports.map((r) => ({ id: r.id, reported_on: toDay(r.reportedOn), health: r.health, progress_percent: r.progressPercent, summary: r.summary })),
      indicators: p.results.flatMap((r) =>
        r.indicators.map((i) => ({
          id: i.id,
          result: { id: r.id, type: r.type, title: r.title },
          title: i.title,
          measure: i.measure,
          ascending: i.ascending,
          baseline_year: i.baselineYear,
          baseline_value: toDecimalOrNull(i.baselineValue),
          periods: i.periods.map((x) => ({ period_start: toDay(x.periodStart), period_end: toDay(x.periodEnd), target: toDecimalOrNull(x.target), actual: toDecimalOrNull(x.actual), comment: x.comment })),
        })),
      ),
      office: p.office,
      custom_fields: custom(p.customValues), updated_at: p.updatedAt.toISOString(),
    }));
  },
});
