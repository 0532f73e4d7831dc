// Reporting: officers record what a partner must report on a project (the due reports are
// generated in the same transaction); the partner submits each report through the portal; an
// officer accepts it (it becomes the project's status report of record and its actuals enter the
// results framework) or returns it with a comment, and the partner resubmits. Every step checks
// the policy and the version the form read, is audited, and is notified.
import { setArchived } from "@/lib/audit/archive";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type FieldChanges } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { healths, reportKinds, reportStates } from "@/lib/domain/codelists";
import { reportsOnProgress } from "@/lib/domain/codes";
import { isoDate } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { documentsAdded } from "@/lib/documents/text/run";
import { checkFile, insertDocument, type CheckedFile } from "@/lib/documents/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { notify, partnerUserIds, responsibleOrAdmins } from "@/lib/notifications/notify";
import { can, type RecordFacts, type Viewer } from "@/lib/policy";
import { periodFor } from "@/lib/results/period-for";
import { writePeriod } from "@/lib/results/mutations";
import { filesTooLarge } from "@/lib/uploads/limit";
import { MAX_REPORTS, schedule } from "./schedule";
import { decisionComment, requirementSchema, submissionSchema, type RequirementFormValues, type SubmissionFormValues } from "./schema";
import { msg, type MessageValue } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

const NOT_FOUND = msg("problems.reportNotThere");

/** Records a reporting requirement and generates its due reports. Returns the project's id. */
export async function createRequirement(viewer: Viewer, projectId: string, values: RequirementFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "ReportingRequirement")) return denied(msg("problems.mayNotSetReporting"));
  const project = await db().project.findUnique({
    where: { id: projectId },
    select: { archived: true, code: true, startsOn: true, endsOn: true, officeId: true, partners: { select: { organisationId: true, organisation: { select: { name: true } } } } },
  });
  if (!project) return refused(msg("problems.projectGone"));
  if (!can(viewer, "create", "ReportingRequirement", { officeId: project.officeId })) return denied(msg("problems.notYourOffice"));
  if (project.archived) return refused(msg("problems.projectArchivedRestoreBeforeChanging"));
  const parsed = requirementSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const partner = project.partners.find((p) => p.organisationId === input.organisationId);
  if (!partner) return refused(FIX_FIELDS, { organisationId: msg("problems.choosePartnerProjectAdd") });
  if (input.everyMonths && !input.lastDueOn && !project.endsOn) {
    return refused(FIX_FIELDS, { lastDueOn: msg("problems.projectEndDateGive") });
  }
  const reports = schedule(input, project);
  if (reports.length > MAX_REPORTS) return refused(FIX_FIELDS, { everyMonths: msg("problems.tooManyReports", { max: MAX_REPORTS }) });
  await db().$transaction(async (tx) => {
    const { id } = await tx.reportingRequirement.create({ data: { ...input, projectId } });
    await tx.partnerReport.createMany({ data: reports.map((r) => ({ ...r, requirementId: id, projectId, organisationId: input.organisationId, kind: input.kind })) });
    const after = {
      project: project.code,
      partner: partner.organisation.name,
      kind: reportKinds[input.kind].label,
      every: input.everyMonths ? `${input.everyMonths} months` : "once",
      dueDates: reports.map((r) => isoDate(r.dueOn)!),
    };
    await recordAudit(tx, { actor: viewer, action: "create", entityType: "ReportingRequirement", entityId: id, changes: changedFields(null, after) });
  });
  return { ok: true, id: projectId };
}

/** Archiving a requirement withdraws the reports it still expects (submitted ones stay). */
export function setRequirementArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, "ReportingRequirement", "requirement", id, readVersion, archived);
}

async function reportWithFacts(reportId: string) {
  const report = await db().partnerReport.findUnique({
    where: { id: reportId },
    include: {
      requirement: { select: { archived: true } },
      project: {
        select: {
          id: true,
          code: true,
          title: true,
          archived: true,
          responsibleOfficerId: true,
          officeId: true,
          partners: { select: { organisationId: true } },
          agreement: { select: { parties: { select: { organisationId: true } } } },
          results: { where: { archived: false }, select: { indicators: { where: { archived: false }, select: { id: true, measure: true } } } },
        },
      },
    },
  });
  if (!report) return null;
  const facts: RecordFacts = {
    archived: report.archived || report.project.archived,
    partyOrganisationIds: [...report.project.partners, ...(report.project.agreement?.parties ?? [])].map((p) => p.organisationId),
    ownerOrganisationId: report.organisationId,
    officeId: report.project.officeId,
  };
  return { report, facts };
}

type Found = NonNullable<Awaited<ReturnType<typeof reportWithFacts>>>;

/** Moves a report from one of `from` at the version read; `write` adds the step's own rows. */
async function move(
  viewer: Viewer,
  found: Found,
  readVersion: number,
  from: ReportState[],
  data: Prisma.PartnerReportUncheckedUpdateManyInput & { state: ReportState; decisionComment?: string | null },
  write: (tx: Prisma.TransactionClient) => Promise<FieldChanges>,
): Promise<ActionResult> {
  const { report } = found;
  if (report.version !== readVersion) return conflictSince("PartnerReport", report.id, readVersion, report.version, "report");
  if (!from.includes(report.state)) return refused(msg("problems.reportIsNow", { state: { code: ["reportStates", report.state], lower: true } }));
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.partnerReport.updateMany({
      where: { id: report.id, version: readVersion, state: { in: from } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return false;
    const to: ReportState = data.state;
    const changes: FieldChanges = { state: [reportStates[report.state].label, reportStates[to].label], ...(await write(tx)) };
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "PartnerReport", entityId: report.id, changes });
    const what: Record<string, MessageValue> = { kind: { code: ["reportKinds", report.kind] }, due: { date: report.dueOn }, project: report.project.code, by: viewer.name };
    const key = `report:${report.id}:${readVersion + 1}`;
    if (data.state === "SUBMITTED") {
      await notify(tx, await responsibleOrAdmins(tx, report.project.responsibleOfficerId), {
        key,
        kind: "report",
        title: msg("notices.reportSubmitted", what),
        href: `/reports/${report.id}`,
      });
    } else {
      await notify(tx, await partnerUserIds(tx, report.organisationId), {
        key,
        kind: "report",
        title: msg("notices.reportDecided", { ...what, decision: String(data.state), comment: data.decisionComment ?? "", hasComment: data.decisionComment ? "yes" : "no" }),
        href: `/portal/reports/${report.id}`,
      });
    }
    return true;
  });
  if (saved) return { ok: true, id: report.id };
  const latest = await db().partnerReport.findUnique({ where: { id: report.id }, select: { version: true } });
  return conflictSince("PartnerReport", report.id, readVersion, latest?.version ?? null, "report");
}

/**
 * Submits (or resubmits, after a return) a report with its actuals and attachments: partners for
 * their own organisation, officers for a report received by other means.
 */
export async function submitReport(
  viewer: Viewer,
  reportId: string,
  readVersion: number,
  values: SubmissionFormValues,
  files: { name: string; bytes: Uint8Array }[] = [],
): Promise<ActionResult<{ id: string; renamed: string[] }>> {
  const found = await reportWithFacts(reportId);
  if (!found || !can(viewer, "read", "PartnerReport", found.facts)) return denied(NOT_FOUND);
  if (!can(viewer, "create", "PartnerReport", found.facts)) return denied(msg("problems.mayNotSubmitReport"));
  const { report } = found;
  if (found.facts.archived || report.requirement.archived) return refused(msg("problems.reportNotExpected"));
  // The kind is the report's, whatever the form says.
  const parsed = submissionSchema.safeParse({ ...values, kind: report.kind });
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const indicators = new Map(report.project.results.flatMap((r) => r.indicators).map((i) => [i.id, i]));
  const fieldErrors: FieldErrors = {};
  input.actuals.forEach((a, i) => {
    const indicator = indicators.get(a.indicatorId);
    if (!indicator) fieldErrors[`actuals.${i}.value`] = msg("problems.indicatorNotInProject");
    else if (indicator.measure === "QUALITATIVE" && a.value !== null) fieldErrors[`actuals.${i}.value`] = msg("problems.indicatorDescribedCountedUse");
  });
  const checked: CheckedFile[] = [];
  const tooLarge = filesTooLarge(files);
  for (const file of tooLarge ? [] : files.filter((f) => f.bytes.length > 0)) {
    const result = checkFile(file);
    if ("refusal" in result) fieldErrors.attachments = result.refusal;
    else checked.push(result);
  }
  if (tooLarge) fieldErrors.attachments = tooLarge;
  if (checked.length > 10) fieldErrors.attachments = msg("problems.attachAtMost10");
  if (Object.keys(fieldErrors).length) return refused(FIX_FIELDS, fieldErrors);
  const actuals = input.actuals.filter((a) => a.value !== null || a.comment !== null);
  const result = await move(
    viewer,
    found,
    readVersion,
    ["DUE", "RETURNED"],
    { state: "SUBMITTED", narrative: input.narrative, health: input.health, progressPercent: input.progressPercent, submittedAt: new Date(), submittedById: viewer.userId },
    async (tx) => {
      await tx.reportActual.deleteMany({ where: { reportId } });
      await tx.reportActual.createMany({ data: actuals.map((a) => ({ reportId, indicatorId: a.indicatorId, value: a.value, comment: a.comment })) });
      for (const file of checked) await insertDocument(tx, viewer, { projectId: report.projectId, reportId }, file, false);
      return {
        narrative: [report.narrative, input.narrative],
        health: [report.health && healths[report.health].label, input.health && healths[input.health].label],
        progressPercent: [report.progressPercent, input.progressPercent],
        actuals: [null, actuals.length],
        ...(checked.length && { attachments: [null, checked.map((f) => f.filename)] }),
      };
    },
  );
  if (result.ok && checked.length) documentsAdded();
  return result.ok ? { ...result, renamed: checked.flatMap((f) => (f.renamed ? [f.renamed] : [])) } : result;
}

/**
 * An officer's decision on a submitted report. Accepted, a progress or final report becomes the
 * project's status report of record, and its actuals enter the indicators' periods; returned, it
 * goes back to the partner with the comment (required).
 */
export async function decideReport(viewer: Viewer, reportId: string, readVersion: number, decision: "accept" | "return", note: string): Promise<ActionResult> {
  if (!can(viewer, "update", "PartnerReport")) return denied(msg("problems.onlyOfficerReviewsPartners"));
  const found = await reportWithFacts(reportId);
  if (!found) return refused(NOT_FOUND);
  if (!can(viewer, "update", "PartnerReport", found.facts)) return denied(msg("problems.notYourOffice"));
  const parsed = decisionComment.safeParse(note);
  if (!parsed.success) return refused(FIX_FIELDS, { comment: firstProblem(parsed.error) });
  if (decision === "return" && !parsed.data) return refused(FIX_FIELDS, { comment: msg("problems.sayWhatChangeSo") });
  if (found.facts.archived) return refused(msg("problems.projectArchivedRestoreBeforeReviewing"));
  const { report } = found;
  const data = { state: decision === "accept" ? ("ACCEPTED" as const) : ("RETURNED" as const), decidedAt: new Date(), decidedById: viewer.userId, decisionComment: parsed.data };
  return move(viewer, found, readVersion, ["SUBMITTED"], data, async (tx) => {
    const changes: FieldChanges = { decisionComment: [report.decisionComment, parsed.data] };
    if (decision === "return") return changes;
    const reason = `by ${reportKinds[report.kind].label.toLowerCase()} due ${isoDate(report.dueOn)}, accepted`;
    if (reportsOnProgress(report.kind) && report.health && report.progressPercent !== null) {
      const status = await tx.statusReport.create({
        data: {
          projectId: report.projectId,
          reportedOn: new Date(`${isoDate(report.submittedAt ?? new Date())}T00:00:00Z`),
          health: report.health,
          progressPercent: report.progressPercent,
          summary: report.narrative ?? "",
          authorId: report.submittedById,
        },
      });
      await tx.partnerReport.update({ where: { id: report.id }, data: { statusReportId: status.id } });
      const after = { project: report.projectId, reportedOn: isoDate(status.reportedOn), health: healths[status.health].label, progressPercent: status.progressPercent, summary: status.summary };
      await recordAudit(tx, { actor: viewer, action: "create", entityType: "StatusReport", entityId: status.id, changes: changedFields(null, after), reason });
      changes.statusReport = [null, status.id];
    }
    const actuals = await tx.reportActual.findMany({ where: { reportId } });
    for (const a of actuals) {
      // Into the indicator's period the report falls in, or the report's own when none (period-for.ts).
      const periods = await tx.indicatorPeriod.findMany({ where: { indicatorId: a.indicatorId }, select: { periodStart: true, periodEnd: true } });
      const { periodStart, periodEnd } = periodFor(periods, report) ?? report;
      await writePeriod(tx, viewer, { indicatorId: a.indicatorId, periodStart, periodEnd, actual: a.value?.toString() ?? null, comment: a.comment, reportId }, reason);
    }
    return changes;
  });
}
