// Recording and approving due-diligence assessments, and the checklist and validity administrators
// keep. Each write is audited in its transaction; an assessment is never edited (a new one replaces
// it), and its assessor cannot approve it (four eyes).
import { conflictSince } from "@/lib/audit/conflict";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { denied, FIX_FIELDS, refused, type ActionResult } from "@/lib/domain/action-result";
import { today } from "@/lib/domain/format";
import { fieldErrorsOf, optionalInteger, requiredText } from "@/lib/domain/validation";
import { can, type Viewer } from "@/lib/policy";
import { changeSetting, setting } from "@/lib/settings/settings";
import { assessmentSchema, type AssessmentInput } from "./schema";
import { msg } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

const ENTITY = "DiligenceAssessment";

function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

export async function recordAssessment(viewer: Viewer, organisationId: string, input: AssessmentInput): Promise<ActionResult> {
  if (!can(viewer, "create", "DueDiligence")) return denied(msg("problems.onlyOfficersAdministratorsRecord"));
  const parsed = assessmentSchema.safeParse(input);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const values = parsed.data;
  const partner = await db().organisation.findFirst({ where: { id: organisationId, archived: false }, select: { id: true } });
  if (!partner) return refused(msg("problems.partnerGoneOrArchived"));
  const validUntil = values.validUntil ?? addYears(values.assessedOn, await setting("diligence.validityYears"));
  const id = await db().$transaction(async (tx) => {
    const row = await tx.diligenceAssessment.create({
      data: {
        organisationId,
        assessedOn: values.assessedOn,
        assessorId: viewer.userId,
        sourcesChecked: values.sourcesChecked,
        findings: values.findings,
        risk: values.risk,
        decision: values.decision,
        mitigations: values.decision === "ENGAGE_WITH_MITIGATION" ? values.mitigations : null,
        validUntil,
      },
    });
    await recordAudit(tx, {
      actor: viewer,
      action: "create",
      entityType: ENTITY,
      entityId: row.id,
      changes: { organisationId: [null, organisationId], risk: [null, values.risk], decision: [null, values.decision], validUntil: [null, validUntil.toISOString().slice(0, 10)] },
    });
    return row.id;
  });
  return { ok: true, id };
}

export async function approveAssessment(viewer: Viewer, id: string, readVersion: number, now = new Date()): Promise<ActionResult> {
  if (!can(viewer, "update", "DueDiligence")) return denied(msg("problems.onlyManagersAdministratorsApprove"));
  const assessment = await db().diligenceAssessment.findUnique({ where: { id }, select: { version: true, assessorId: true, approvedAt: true, archived: true, validUntil: true } });
  if (!assessment || assessment.archived) return refused(msg("problems.assessmentGone"));
  if (assessment.assessorId === viewer.userId) return refused(msg("problems.someoneOtherThanAssessor"));
  if (assessment.approvedAt) return refused(msg("problems.assessmentAlreadyApproved"));
  if (assessment.validUntil < today(now)) return refused(msg("problems.assessmentExpiredRecordNew"));
  if (assessment.version !== readVersion) return conflictSince(ENTITY, id, readVersion, assessment.version, "assessment");
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.diligenceAssessment.updateMany({ where: { id, version: readVersion, approvedAt: null }, data: { approvedAt: now, approvedById: viewer.userId, version: { increment: 1 } } });
    if (count === 0) return false;
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: { approved: [false, true] } });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await db().diligenceAssessment.findUnique({ where: { id }, select: { version: true } });
  return conflictSince(ENTITY, id, readVersion, latest?.version ?? null, "assessment");
}

const sourceLabel = requiredText(200, "problems.nameSource");

export async function addSource(viewer: Viewer, label: string): Promise<ActionResult> {
  if (!can(viewer, "update", "DiligenceSetup")) return denied(msg("problems.onlyAdministratorsKeepChecklist"));
  const parsed = sourceLabel.safeParse(label);
  if (!parsed.success) return refused(FIX_FIELDS, { label: firstProblem(parsed.error) });
  return db().$transaction(async (tx) => {
    const existing = await tx.diligenceSource.findUnique({ where: { label: parsed.data } });
    if (existing && !existing.archived) return refused(FIX_FIELDS, { label: msg("problems.checklistAlreadySource") });
    const count = await tx.diligenceSource.count();
    const row = existing
      ? await tx.diligenceSource.update({ where: { id: existing.id }, data: { archived: false } })
      : await tx.diligenceSource.create({ data: { label: parsed.data, sortOrder: count } });
    await recordAudit(tx, { actor: viewer, action: existing ? "restore" : "create", entityType: "DiligenceSource", entityId: row.id, changes: { label: [null, parsed.data] } });
    return { ok: true, id: row.id };
  });
}

export async function removeSource(viewer: Viewer, id: string): Promise<ActionResult> {
  if (!can(viewer, "update", "DiligenceSetup")) return denied(msg("problems.onlyAdministratorsKeepChecklist"));
  return db().$transaction(async (tx) => {
    const { count } = await tx.diligenceSource.updateMany({ where: { id, archived: false }, data: { archived: true } });
    if (count === 0) return refused(msg("problems.sourceNotOnChecklist"));
    await recordAudit(tx, { actor: viewer, action: "archive", entityType: "DiligenceSource", entityId: id, changes: { archived: [false, true] } });
    return { ok: true, id };
  });
}

const years = optionalInteger(1, 10);

export async function setValidityYears(viewer: Viewer, value: string): Promise<ActionResult> {
  if (!can(viewer, "update", "DiligenceSetup")) return denied(msg("problems.onlyAdministratorsSetHow"));
  const parsed = years.safeParse(value);
  if (!parsed.success || parsed.data === null) return refused(FIX_FIELDS, { years: msg("problems.wholeNumberYears1") });
  await changeSetting(viewer, "diligence.validityYears", parsed.data);
  return { ok: true, id: "diligence.validityYears" };
}
