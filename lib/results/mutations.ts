// Writes to a project's results framework: results, their indicators, and each indicator's
// target and actual per period. Officers and administrators keep it; each write checks the
// policy, validates with the form's schema, checks what it points at, and writes the row with its
// audit event in one transaction. Results and indicators are archived, never deleted.
import { setArchived } from "@/lib/audit/archive";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { indicatorMeasures, resultTypes } from "@/lib/domain/codelists";
import { isoDate } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import { indicatorSchema, periodSchema, resultSchema, type IndicatorFormValues, type PeriodFormValues, type ResultFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";

const decimal = (v: { toString(): string } | null) => (v === null ? null : v.toString());

/** Adds an outcome, output or impact to a project. Returns the project's id. */
export async function createResult(viewer: Viewer, projectId: string, values: ResultFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "Result")) return denied(msg("problems.mayNotChangeResults"));
  const project = await db().project.findUnique({ where: { id: projectId }, select: { archived: true, code: true, officeId: true } });
  if (!project) return refused(msg("problems.projectGone"));
  if (!can(viewer, "create", "Result", { officeId: project.officeId })) return denied(msg("problems.notYourOffice"));
  if (project.archived) return refused(msg("problems.projectArchivedRestoreBeforeChangingResults"));
  const parsed = resultSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { resultType, resultTitle, resultDescription } = parsed.data;
  await db().$transaction(async (tx) => {
    const { id } = await tx.result.create({ data: { projectId, type: resultType, title: resultTitle, description: resultDescription } });
    const after = { project: project.code, type: resultTypes[resultType].label, title: resultTitle, description: resultDescription };
    await recordAudit(tx, { actor: viewer, action: "create", entityType: "Result", entityId: id, changes: changedFields(null, after) });
  });
  return { ok: true, id: projectId };
}

/** Adds an indicator to a live result of a live project. Returns the project's id. */
export async function createIndicator(viewer: Viewer, values: IndicatorFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "Indicator")) return denied(msg("problems.mayNotChangeResults"));
  const parsed = indicatorSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const result = await db().result.findFirst({ where: { id: input.resultId, archived: false, project: { archived: false } }, select: { projectId: true, title: true, project: { select: { officeId: true } } } });
  if (!result) return refused(FIX_FIELDS, { resultId: msg("problems.chooseResultProject") });
  if (!can(viewer, "create", "Indicator", { officeId: result.project.officeId })) return denied(msg("problems.notYourOffice"));
  await db().$transaction(async (tx) => {
    const { id } = await tx.indicator.create({
      data: {
        resultId: input.resultId,
        title: input.indicatorTitle,
        measure: input.measure,
        ascending: input.direction === "ascending",
        baselineYear: input.baselineYear,
        baselineValue: input.baselineValue,
      },
    });
    const after = {
      result: result.title,
      title: input.indicatorTitle,
      measure: indicatorMeasures[input.measure].label,
      direction: input.direction === "ascending" ? "Higher is better" : "Lower is better",
      baseline: input.baselineValue === null ? null : `${input.baselineValue} (${input.baselineYear})`,
    };
    await recordAudit(tx, { actor: viewer, action: "create", entityType: "Indicator", entityId: id, changes: changedFields(null, after) });
  });
  return { ok: true, id: result.projectId };
}

/**
 * Writes an indicator's target, actual and comment for a period, with its audit event, in the
 * caller's transaction (the officer's form and the acceptance of a partner's report): the period
 * ending on `periodEnd` is created, or the values given replace its own (undefined ones are kept).
 */
export async function writePeriod(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  period: { indicatorId: string; periodStart: Date; periodEnd: Date; target?: string | null; actual?: string | null; comment?: string | null; reportId?: string },
  reason?: string,
) {
  const { indicatorId, periodStart, periodEnd } = period;
  const before = await tx.indicatorPeriod.findUnique({ where: { indicatorId_periodEnd: { indicatorId, periodEnd } } });
  const data = {
    periodStart,
    ...(period.target !== undefined && { target: period.target }),
    ...(period.actual !== undefined && { actual: period.actual }),
    ...(period.comment !== undefined && { comment: period.comment }),
    ...(period.reportId !== undefined && { reportId: period.reportId }),
  };
  const saved = await tx.indicatorPeriod.upsert({
    where: { indicatorId_periodEnd: { indicatorId, periodEnd } },
    create: { indicatorId, periodEnd, ...data },
    update: { ...data, version: { increment: 1 } },
  });
  const snapshot = (p: typeof saved | null) =>
    p && { period: `${isoDate(p.periodStart)} – ${isoDate(p.periodEnd)}`, target: decimal(p.target), actual: decimal(p.actual), comment: p.comment };
  await recordAudit(tx, {
    actor: viewer,
    action: before ? "update" : "create",
    entityType: "Indicator",
    entityId: indicatorId,
    changes: changedFields(snapshot(before), snapshot(saved)!),
    reason,
  });
}

/** Sets a target and/or an actual for one period of an indicator. Returns the project's id. */
export async function setIndicatorPeriod(viewer: Viewer, values: PeriodFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", "Indicator")) return denied(msg("problems.mayNotChangeResults"));
  const parsed = periodSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const indicator = await db().indicator.findFirst({
    where: { id: input.indicatorId, archived: false, result: { archived: false, project: { archived: false } } },
    select: { measure: true, result: { select: { projectId: true, project: { select: { officeId: true } } } } },
  });
  if (!indicator) return refused(FIX_FIELDS, { indicatorId: msg("problems.chooseIndicatorProject") });
  if (!can(viewer, "update", "Indicator", { officeId: indicator.result.project.officeId })) return denied(msg("problems.notYourOffice"));
  if (indicator.measure === "QUALITATIVE" && (input.target !== null || input.actual !== null)) {
    return refused(FIX_FIELDS, { target: msg("problems.qualitativeIndicatorTakesComment") });
  }
  await db().$transaction((tx) =>
    writePeriod(tx, viewer, { indicatorId: input.indicatorId, periodStart: input.periodStart, periodEnd: input.periodEnd, target: input.target, actual: input.actual, comment: input.periodComment }),
  );
  return { ok: true, id: indicator.result.projectId };
}

export function setResultArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, "Result", "result", id, readVersion, archived);
}

export function setIndicatorArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, "Indicator", "indicator", id, readVersion, archived);
}
