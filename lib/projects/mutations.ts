// Writes to projects and their status reports: policy check, the form's schema, and the change
// with its audit event in one transaction, guarded by the version the editor read.
import { setArchived } from "@/lib/audit/archive";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { healths, partyRoles, projectLifecycles } from "@/lib/domain/codelists";
import { isoDate } from "@/lib/domain/format";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import { projectSchema, statusReportSchema, type ProjectFormValues, type ProjectInput, type StatusReportFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";
import { parseWithCustomFields } from "@/lib/custom-fields/queries";
import { auditValues, customData, type FieldDefinition, type StoredValues } from "@/lib/custom-fields/values";
import { officeProblem } from "@/lib/offices/queries";

const ENTITY = "Project";

async function snapshot(tx: Prisma.TransactionClient, id: string, fields: readonly FieldDefinition[]): Promise<AuditSnapshot> {
  const p = await tx.project.findUniqueOrThrow({
    where: { id },
    include: {
      agreement: { select: { reference: true } },
      partners: { include: { organisation: { select: { name: true } } } },
      themes: { include: { theme: { select: { label: true } } } },
      responsibleOfficer: { select: { name: true } },
      office: { select: { name: true } },
    },
  });
  return {
    code: p.code,
    title: p.title,
    agreement: p.agreement?.reference ?? null,
    lifecycle: projectLifecycles[p.lifecycle].label,
    countries: [...p.countries].sort(),
    themes: p.themes.map((t) => t.theme.label).sort(),
    budget: p.budgetAmount ? `${p.budgetCurrency} ${p.budgetAmount.toFixed(2)}` : null,
    startsOn: isoDate(p.startsOn),
    endsOn: isoDate(p.endsOn),
    summary: p.summary,
    responsibleOfficer: p.responsibleOfficer?.name ?? null,
    office: p.office.name,
    partners: p.partners.map((x) => `${x.organisation.name} (${partyRoles[x.role].label})`).sort(),
    archived: p.archived,
    ...auditValues(fields, p.customValues),
  };
}

async function referenceErrors(input: ProjectInput, keptOfficeId?: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const office = await officeProblem(input.officeId, keptOfficeId);
  if (office) errors.officeId = office;
  if (input.agreementId && !(await db().agreement.findFirst({ where: { id: input.agreementId, archived: false } }))) {
    errors.agreementId = msg("problems.agreementMissing");
  }
  const orgs = new Set(
    (await db().organisation.findMany({ where: { id: { in: input.partners.map((p) => p.organisationId) }, archived: false }, select: { id: true } })).map((o) => o.id),
  );
  input.partners.forEach((p, i) => {
    if (!orgs.has(p.organisationId)) errors[`partners.${i}.organisationId`] ??= msg("problems.organisationMissing");
  });
  if (input.themeIds.length && (await db().theme.count({ where: { id: { in: input.themeIds } } })) !== new Set(input.themeIds).size) {
    errors.themeIds = msg("problems.chooseThemesFromList");
  }
  if (input.responsibleOfficerId && !(await db().user.findFirst({ where: { id: input.responsibleOfficerId, active: true, role: { in: ["OFFICER", "ADMIN"] } } }))) {
    errors.responsibleOfficerId = msg("problems.chooseActiveOfficer");
  }
  return errors;
}

async function parse(values: ProjectFormValues, keptOfficeId?: string) {
  const parsed = await parseWithCustomFields("PROJECT", projectSchema, values);
  if (!parsed.ok) return { errors: fieldErrorsOf(parsed.error) } as const;
  const errors = await referenceErrors(parsed.data, keptOfficeId);
  return Object.keys(errors).length ? ({ errors } as const) : ({ input: parsed.data } as const);
}

function split(input: ProjectInput & { custom: StoredValues; fields: readonly FieldDefinition[] }) {
  const { partners, themeIds, officeId, custom, fields, ...rest } = input;
  // No office chosen: kept (an edit), or decided by createProject.
  return { data: { ...rest, officeId: officeId ?? undefined }, partners, themes: [...new Set(themeIds)].map((themeId) => ({ themeId })), custom, fields };
}

const DUPLICATE_CODE = { code: msg("problems.anotherProjectAlreadyCode") };
const NOT_YOUR_OFFICE = msg("problems.notYourOffice");

export async function createProject(viewer: Viewer, values: ProjectFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.mayNotCreateProjects"));
  const parsed = await parse(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { data, partners, themes, custom, fields } = split(parsed.input);
  // None chosen: its agreement's office, else the recorder's (the top office for those without one).
  const agreement = data.agreementId ? await db().agreement.findUnique({ where: { id: data.agreementId }, select: { officeId: true } }) : null;
  data.officeId ??= agreement?.officeId ?? viewer.officeId ?? undefined;
  if (data.officeId && !can(viewer, "create", ENTITY, { officeId: data.officeId })) return denied(NOT_YOUR_OFFICE);
  try {
    const id = await db().$transaction(async (tx) => {
      const created = await tx.project.create({ data: { ...data, ...customData(fields, {}, custom), partners: { create: partners }, themes: { create: themes } } });
      await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: created.id, changes: changedFields(null, await snapshot(tx, created.id, fields)) });
      return created.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, DUPLICATE_CODE);
    throw error;
  }
}

export async function updateProject(viewer: Viewer, id: string, readVersion: number, values: ProjectFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.mayNotChangeProjects"));
  const current = await db().project.findUnique({ where: { id }, select: { version: true, archived: true, officeId: true } });
  if (!current) return refused(msg("problems.projectGone"));
  if (!can(viewer, "update", ENTITY, { officeId: current.officeId })) return denied(NOT_YOUR_OFFICE);
  if (current.archived) return refused(msg("problems.projectArchivedRestoreBefore"));
  if (current.version !== readVersion) return conflictSince(ENTITY, id, readVersion, current.version, "project");
  const parsed = await parse(values, current.officeId);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { data, partners, themes, custom, fields } = split(parsed.input);
  // Moving it to another office is an edit there too.
  if (data.officeId && !can(viewer, "update", ENTITY, { officeId: data.officeId })) return denied(NOT_YOUR_OFFICE);
  try {
    const saved = await db().$transaction(async (tx) => {
      const before = await snapshot(tx, id, fields);
      const stored = await tx.project.findUniqueOrThrow({ where: { id }, select: { customValues: true } });
      const { count } = await tx.project.updateMany({ where: { id, version: readVersion, archived: false }, data: { ...data, ...customData(fields, stored.customValues, custom), version: { increment: 1 } } });
      if (count === 0) return false;
      await tx.projectPartner.deleteMany({ where: { projectId: id } });
      await tx.projectPartner.createMany({ data: partners.map((p) => ({ ...p, projectId: id })) });
      await tx.projectTheme.deleteMany({ where: { projectId: id } });
      await tx.projectTheme.createMany({ data: themes.map((t) => ({ ...t, projectId: id })) });
      await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, id, fields)) });
      return true;
    });
    if (saved) return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, DUPLICATE_CODE);
    throw error;
  }
  const latest = await db().project.findUnique({ where: { id }, select: { version: true } });
  return conflictSince(ENTITY, id, readVersion, latest?.version ?? null, "project");
}

export function setProjectArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, ENTITY, "project", id, readVersion, archived);
}

function reportSnapshot(report: { reportedOn: Date; health: keyof typeof healths; progressPercent: number; summary: string; risks: string | null }): AuditSnapshot {
  return {
    reportedOn: isoDate(report.reportedOn),
    health: healths[report.health].label,
    progressPercent: report.progressPercent,
    summary: report.summary,
    risks: report.risks,
  };
}

/** Adds a status report; the project's current health is its latest report. */
export async function addStatusReport(viewer: Viewer, projectId: string, values: StatusReportFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "StatusReport")) return denied(msg("problems.mayNotReportOn"));
  const project = await db().project.findUnique({ where: { id: projectId }, select: { archived: true, officeId: true } });
  if (!project) return refused(msg("problems.projectGone"));
  if (!can(viewer, "create", "StatusReport", { officeId: project.officeId })) return denied(NOT_YOUR_OFFICE);
  if (project.archived) return refused(msg("problems.projectArchivedRestoreBeforeReporting"));
  const parsed = statusReportSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const report = parsed.data;
  await db().$transaction(async (tx) => {
    const created = await tx.statusReport.create({ data: { ...report, projectId, authorId: viewer.userId } });
    await recordAudit(tx, {
      actor: viewer,
      action: "create",
      entityType: "StatusReport",
      entityId: created.id,
      changes: changedFields(null, { project: projectId, ...reportSnapshot(report) }),
    });
  });
  return { ok: true, id: projectId };
}

/** Corrects a status report, guarded by the version the editor read. Returns the project's id. */
export async function updateStatusReport(viewer: Viewer, reportId: string, readVersion: number, values: StatusReportFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", "StatusReport")) return denied(msg("problems.mayNotChangeStatus"));
  const current = await db().statusReport.findUnique({ where: { id: reportId }, include: { project: { select: { officeId: true } } } });
  if (!current) return refused(msg("problems.statusReportGone"));
  if (!can(viewer, "update", "StatusReport", { officeId: current.project.officeId })) return denied(NOT_YOUR_OFFICE);
  if (current.archived) return refused(msg("problems.statusReportArchivedRestore"));
  const parsed = statusReportSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.statusReport.updateMany({
      where: { id: reportId, version: readVersion, archived: false },
      data: { ...parsed.data, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "StatusReport", entityId: reportId, changes: changedFields(reportSnapshot(current), reportSnapshot(parsed.data)) });
    return true;
  });
  if (saved) return { ok: true, id: current.projectId };
  const latest = await db().statusReport.findUnique({ where: { id: reportId }, select: { version: true } });
  return conflictSince("StatusReport", reportId, readVersion, latest?.version ?? null, "statusReport");
}

export function setStatusReportArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, "StatusReport", "statusReport", id, readVersion, archived);
}
