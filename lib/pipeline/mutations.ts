// Writes to pipeline opportunities. Each checks the policy, validates with the form's schema, and
// writes the change, its stage history and its audit event in one transaction, guarded by the
// version the editor read (decision 023).
import { setArchived } from "@/lib/audit/archive";
import { conflictSince as conflictWith } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { closeReasons, opportunityStages } from "@/lib/domain/codelists";
import { displayMoney, isoDate, today } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpportunityStage } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { officeProblem } from "@/lib/offices/queries";
import { insertPartner, validatePartner, type ValidPartner } from "@/lib/partners/mutations";
import { can, type Viewer } from "@/lib/policy";
import { NEW_ORGANISATION } from "./new-organisation";
import { opportunitySchema, type OpportunityFormValues, type OpportunityInput } from "./schema";
import { changeSetting } from "@/lib/settings/settings";
import { isOpen, STAGES, stageTargets, type StageProbabilities } from "./stages";

const ENTITY = "Opportunity";
const NOT_YOUR_OFFICE = msg("problems.notYourOffice");

const snapshotInclude = {
  organisation: { select: { name: true } },
  responsibleOfficer: { select: { name: true } },
  office: { select: { name: true } },
  themes: { include: { theme: { select: { label: true } } } },
  tranches: { orderBy: { year: "asc" } },
  agreement: { select: { reference: true } },
} satisfies Prisma.OpportunityInclude;

/** The opportunity as the audit trail and conflict messages show it: readable names, not ids. */
function snapshot(o: Prisma.OpportunityGetPayload<{ include: typeof snapshotInclude }>): AuditSnapshot {
  return {
    title: o.title,
    partner: o.organisation.name,
    amount: displayMoney(o.amount, o.currency),
    tranches: o.tranches.map((t) => `${t.year}: ${displayMoney(t.amount, o.currency)}`),
    stage: opportunityStages[o.stage].label,
    probability: o.probability,
    probabilityReason: o.probabilityReason,
    expectedDecisionOn: isoDate(o.expectedDecisionOn),
    responsibleOfficer: o.responsibleOfficer?.name ?? null,
    office: o.office.name,
    countries: [...o.countries].sort(),
    themes: o.themes.map((t) => t.theme.label).sort(),
    nextStep: o.nextStep,
    nextStepDueOn: isoDate(o.nextStepDueOn),
    closeReason: o.closeReason && closeReasons[o.closeReason].label,
    closeNote: o.closeNote,
    summary: o.summary,
    agreement: o.agreement?.reference ?? null,
    archived: o.archived,
  };
}

export async function opportunitySnapshot(tx: Prisma.TransactionClient, id: string): Promise<AuditSnapshot> {
  return snapshot(await tx.opportunity.findUniqueOrThrow({ where: { id }, include: snapshotInclude }));
}

/** A new organisation typed with the opportunity, as the partner form would record it. */
async function newPartner(input: OpportunityInput): Promise<{ partner: ValidPartner } | { errors: FieldErrors }> {
  const parsed = await validatePartner({ name: input.newOrganisationName ?? "", acronym: "", kind: input.newOrganisationKind ?? ("" as never), country: "", website: "", internalNotes: "", contacts: [] });
  if ("input" in parsed) return { partner: parsed.input };
  // A field only the partner's own form has (a required custom field): record the partner first.
  const { name, kind, ...others } = parsed.errors;
  const errors: FieldErrors = {};
  if (name) errors.newOrganisationName = name;
  if (kind) errors.newOrganisationKind = kind;
  if (Object.keys(others).length) errors.newOrganisationName = msg("problems.recordPartnerFirst");
  return { errors };
}

export type ValidOpportunity = OpportunityInput & { partner: ValidPartner | null };

/** The form's values checked by the schema and against the database: an input to write, or field errors. */
export async function validateOpportunity(values: OpportunityFormValues, keptOfficeId?: string): Promise<{ input: ValidOpportunity } | { errors: FieldErrors }> {
  const parsed = opportunitySchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const errors: FieldErrors = {};
  let partner: ValidPartner | null = null;
  if (input.organisationId === NEW_ORGANISATION) {
    const made = await newPartner(input);
    if ("errors" in made) Object.assign(errors, made.errors);
    else partner = made.partner;
  } else if (!(await db().organisation.findFirst({ where: { id: input.organisationId, archived: false }, select: { id: true } }))) {
    errors.organisationId = msg("problems.organisationMissing");
  }
  const office = await officeProblem(input.officeId, keptOfficeId);
  if (office) errors.officeId = office;
  if (input.themeIds.length && (await db().theme.count({ where: { id: { in: input.themeIds } } })) !== new Set(input.themeIds).size) {
    errors.themeIds = msg("problems.chooseThemesFromList");
  }
  if (input.responsibleOfficerId && !(await db().user.findFirst({ where: { id: input.responsibleOfficerId, active: true, role: { in: ["OFFICER", "ADMIN"] } } }))) {
    errors.responsibleOfficerId = msg("problems.chooseActiveOfficer");
  }
  return Object.keys(errors).length ? { errors } : { input: { ...input, partner } };
}

/**
 * The opportunity's own columns. Lost or withdrawn keeps its reason, an open one has none; a decided
 * one has no probability of its own (won is 100 %, lost 0 %, by their stages).
 */
function columns(input: ValidOpportunity, organisationId: string) {
  const closed = !isOpen(input.stage) && input.stage !== "WON";
  const open = isOpen(input.stage);
  return {
    title: input.title,
    organisationId,
    amount: input.amount,
    currency: input.currency,
    stage: input.stage,
    probability: open ? input.probability : null,
    probabilityReason: open && input.probability !== null ? input.probabilityReason : null,
    expectedDecisionOn: input.expectedDecisionOn,
    responsibleOfficerId: input.responsibleOfficerId,
    countries: input.countries,
    nextStep: input.nextStep,
    nextStepDueOn: input.nextStepDueOn,
    closeReason: closed ? input.closeReason : null,
    closeNote: closed ? input.closeNote : null,
    summary: input.summary,
  };
}

/** The stage history's row, and the decision date a stage change sets (or clears, back in the pipeline). */
async function recordStage(tx: Prisma.TransactionClient, viewer: Viewer, id: string, from: OpportunityStage | null, to: OpportunityStage, on: Date) {
  await tx.opportunityStageChange.create({ data: { opportunityId: id, fromStage: from, toStage: to, changedById: viewer.userId } });
  await tx.opportunity.update({ where: { id }, data: { decidedOn: isOpen(to) ? null : on } });
}

async function writeChildren(tx: Prisma.TransactionClient, id: string, input: ValidOpportunity) {
  await tx.opportunityTranche.deleteMany({ where: { opportunityId: id } });
  await tx.opportunityTranche.createMany({ data: input.tranches.map((t) => ({ opportunityId: id, year: t.year, amount: t.amount })) });
  await tx.opportunityTheme.deleteMany({ where: { opportunityId: id } });
  await tx.opportunityTheme.createMany({ data: [...new Set(input.themeIds)].map((themeId) => ({ opportunityId: id, themeId })) });
}

export async function createOpportunity(viewer: Viewer, values: OpportunityFormValues, on = today()): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.mayNotKeepPipeline"));
  const parsed = await validateOpportunity(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { input } = parsed;
  const officeId = input.officeId ?? viewer.officeId ?? undefined;
  if (officeId && !can(viewer, "create", ENTITY, { officeId })) return denied(NOT_YOUR_OFFICE);
  if (input.partner && !can(viewer, "create", "Organisation")) return denied(msg("problems.mayNotCreatePartners"));
  const id = await db().$transaction(async (tx) => {
    const organisationId = input.partner ? await insertPartner(tx, viewer, input.partner) : input.organisationId;
    const created = await tx.opportunity.create({ data: { ...columns(input, organisationId), officeId } });
    await writeChildren(tx, created.id, input);
    await recordStage(tx, viewer, created.id, null, input.stage, on);
    await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: created.id, changes: changedFields(null, await opportunitySnapshot(tx, created.id)) });
    return created.id;
  });
  return { ok: true, id };
}

async function conflictSince(id: string, readVersion: number): Promise<ActionResult<never>> {
  const current = await db().opportunity.findUnique({ where: { id }, select: { version: true } });
  return conflictWith(ENTITY, id, readVersion, current?.version ?? null, "opportunity");
}

export async function updateOpportunity(viewer: Viewer, id: string, readVersion: number, values: OpportunityFormValues, on = today()): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.mayNotKeepPipeline"));
  const current = await db().opportunity.findUnique({ where: { id }, select: { stage: true, archived: true, version: true, officeId: true, agreementId: true } });
  if (!current) return refused(msg("problems.recordGone", { noun: "opportunity" }));
  if (!can(viewer, "update", ENTITY, { officeId: current.officeId })) return denied(NOT_YOUR_OFFICE);
  if (current.archived) return refused(msg("problems.opportunityArchived"));
  if (current.version !== readVersion) return conflictSince(id, readVersion);
  const parsed = await validateOpportunity(values, current.officeId);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { input } = parsed;
  if (input.officeId && !can(viewer, "update", ENTITY, { officeId: input.officeId })) return denied(NOT_YOUR_OFFICE);
  const moved = input.stage !== current.stage;
  if (moved && !stageTargets(current.stage, current.agreementId !== null).includes(input.stage)) {
    return refused(FIX_FIELDS, { stage: msg(current.agreementId ? "problems.convertedStaysWon" : "problems.chooseStage") });
  }
  if (input.partner && !can(viewer, "create", "Organisation")) return denied(msg("problems.mayNotCreatePartners"));
  const saved = await db().$transaction(async (tx) => {
    const before = await opportunitySnapshot(tx, id);
    const organisationId = input.partner ? await insertPartner(tx, viewer, input.partner) : input.organisationId;
    // The version guard: zero rows when someone saved since the editor read the record (a stage moved on the board, say).
    const { count } = await tx.opportunity.updateMany({
      where: { id, version: readVersion, archived: false },
      data: { ...columns(input, organisationId), officeId: input.officeId ?? undefined, version: { increment: 1 } },
    });
    if (count === 0) throw new Conflict();
    await writeChildren(tx, id, input);
    if (moved) await recordStage(tx, viewer, id, current.stage, input.stage, on);
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await opportunitySnapshot(tx, id)) });
    return true;
  }).catch((error) => {
    // Thrown, not returned: the new organisation typed with it must not stay behind either.
    if (error instanceof Conflict) return false;
    throw error;
  });
  return saved ? { ok: true, id } : conflictSince(id, readVersion);
}

class Conflict extends Error {}

export function setOpportunityArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, ENTITY, "opportunity", id, readVersion, archived);
}

/** Each stage's default probability, from the administrators' form (whole per cent, 0-100). */
export async function setStageProbabilities(viewer: Viewer, form: Record<string, string>): Promise<ActionResult> {
  if (!can(viewer, "update", "PipelineSetup")) return denied(msg("problems.onlyAdministratorsSetProbabilities"));
  const values = {} as StageProbabilities;
  const errors: FieldErrors = {};
  for (const stage of STAGES) {
    const typed = (form[stage] ?? "").trim();
    if (/^\d{1,3}$/.test(typed) && +typed <= 100) values[stage] = +typed;
    else errors[stage] = msg("problems.wholeNumberFromTo", { from: 0, to: 100 });
  }
  if (Object.keys(errors).length) return refused(msg("problems.probabilityPerStage"), errors);
  await changeSetting(viewer, "pipeline.stageProbabilities", values);
  return { ok: true, id: "pipeline.stageProbabilities" };
}
