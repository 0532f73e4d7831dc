// Writes to agreements. Each checks the policy, validates with the form's schema, and writes the
// change with its audit event in one transaction, guarded by the version the editor read.
// Server Actions (actions.ts) call these with the signed-in viewer; tests call them directly.
import { setArchived } from "@/lib/audit/archive";
import { conflictSince as conflictWith } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { engagementBlocks } from "@/lib/diligence/blocks";
import { clearanceStates, partyRoles } from "@/lib/domain/codelists";
import { isoDate } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus, PartyRole } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import { mayMoveStatus } from "./lifecycle";
import { agreementSchema, type AgreementFormValues, type AgreementInput } from "./schema";
import { msg } from "@/lib/i18n/message";
import { parseWithCustomFields } from "@/lib/custom-fields/queries";
import { auditValues, customData, type FieldDefinition, type StoredValues } from "@/lib/custom-fields/values";
import { officeProblem } from "@/lib/offices/queries";

const ENTITY = "Agreement";

const snapshotInclude = {
  parties: { include: { organisation: { select: { name: true } } } },
  themes: { include: { theme: { select: { label: true } } } },
  responsibleOfficer: { select: { name: true } },
  office: { select: { name: true } },
} satisfies Prisma.AgreementInclude;

type AgreementWithRelations = Prisma.AgreementGetPayload<{ include: typeof snapshotInclude }>;

/**
 * Makes the agreement's parties `parties`, touching only those that change: a save that keeps its
 * parties writes none (triggers keep the search words and the cached lookups' generation from them).
 */
async function replaceParties(tx: Prisma.TransactionClient, agreementId: string, parties: { organisationId: string; role: PartyRole }[]) {
  const key = (p: { organisationId: string; role: PartyRole }) => `${p.organisationId} ${p.role}`;
  const existing = await tx.agreementParty.findMany({ where: { agreementId }, select: { id: true, organisationId: true, role: true } });
  const wanted = new Set(parties.map(key));
  const kept = new Set(existing.map(key));
  const gone = existing.filter((p) => !wanted.has(key(p))).map((p) => p.id);
  const added = parties.filter((p) => !kept.has(key(p)));
  if (gone.length) await tx.agreementParty.deleteMany({ where: { id: { in: gone } } });
  if (added.length) await tx.agreementParty.createMany({ data: added.map((p) => ({ ...p, agreementId })) });
}

/** The agreement as the audit trail and conflict messages show it: readable names, not ids; custom fields by label. */
function snapshot(a: AgreementWithRelations, fields: readonly FieldDefinition[]): AuditSnapshot {
  return {
    reference: a.reference,
    title: a.title,
    instrument: a.instrument,
    modality: a.modality,
    status: a.status,
    signedOn: isoDate(a.signedOn),
    effectiveOn: isoDate(a.effectiveOn),
    expiresOn: isoDate(a.expiresOn),
    meetingCycleMonths: a.meetingCycleMonths,
    countries: [...a.countries].sort(),
    themes: a.themes.map((t) => t.theme.label).sort(),
    contribution: a.contributionAmount ? `${a.contributionCurrency} ${a.contributionAmount.toFixed(2)}` : null,
    summary: a.summary,
    responsibleOfficer: a.responsibleOfficer?.name ?? null,
    office: a.office.name,
    parties: a.parties.map((p) => `${p.organisation.name} (${partyRoles[p.role].label})`).sort(),
    archived: a.archived,
    ...auditValues(fields, a.customValues),
  };
}

async function loadWithRelations(tx: Prisma.TransactionClient, id: string) {
  return tx.agreement.findUniqueOrThrow({ where: { id }, include: snapshotInclude });
}

/** Checks that what the form points at exists and may be used; returns field errors. */
async function referenceErrors(input: AgreementInput, keptOfficeId?: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const office = await officeProblem(input.officeId, keptOfficeId);
  if (office) errors.officeId = office;
  const orgIds = [...new Set(input.parties.map((p) => p.organisationId))];
  const orgs = await db().organisation.findMany({ where: { id: { in: orgIds }, archived: false }, select: { id: true } });
  const known = new Set(orgs.map((o) => o.id));
  input.parties.forEach((p, i) => {
    if (!known.has(p.organisationId)) errors[`parties.${i}.organisationId`] ??= msg("problems.organisationMissing");
  });
  if (input.themeIds.length) {
    const themes = await db().theme.count({ where: { id: { in: input.themeIds } } });
    if (themes !== new Set(input.themeIds).size) errors.themeIds = msg("problems.chooseThemesFromList");
  }
  if (input.responsibleOfficerId) {
    const officer = await db().user.findFirst({
      where: { id: input.responsibleOfficerId, active: true, role: { in: ["OFFICER", "ADMIN"] } },
    });
    if (!officer) errors.responsibleOfficerId = msg("problems.chooseActiveOfficer");
  }
  return errors;
}

/** The agreement's own columns, and its parties and themes as rows to create. */
function split(input: ValidAgreement) {
  const { parties, themeIds, renewsId, signedBefore, officeId, custom, fields, ...rest } = input;
  void custom; // merged into the stored values by the caller
  void fields;
  void renewsId; // a link made by createAgreement, not a column of its own
  void signedBefore; // said when creating, kept in the audit event
  return {
    data: { ...rest, officeId: officeId ?? undefined }, // none chosen: kept (an edit), or decided by insertAgreement
    parties: parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    themes: [...new Set(themeIds)].map((themeId) => ({ themeId })),
  };
}

/** Writes a validated agreement and its audit event inside the caller's transaction. */
export async function insertAgreement(tx: Prisma.TransactionClient, viewer: Viewer, input: ValidAgreement, reason?: string): Promise<string> {
  const { data, parties, themes } = split(input);
  // None chosen: the office of whoever records it (the top office for those without one).
  data.officeId ??= viewer.officeId ?? undefined;
  const created = await tx.agreement.create({ data: { ...data, ...customData(input.fields, {}, input.custom), parties: { create: parties }, themes: { create: themes } } });
  const after = snapshot(await loadWithRelations(tx, created.id), input.fields);
  await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: created.id, changes: changedFields(null, after), reason });
  return created.id;
}

/** An agreement's input with its custom fields' values checked against `fields`, their definitions. */
export type ValidAgreement = AgreementInput & { custom: StoredValues; fields: readonly FieldDefinition[] };

/** The form's values checked by the schema and against the database: an input to write, or field errors. */
export async function validateAgreement(values: AgreementFormValues, keptOfficeId?: string): Promise<{ input: ValidAgreement } | { errors: FieldErrors }> {
  const parsed = await parseWithCustomFields("AGREEMENT", agreementSchema, values);
  if (!parsed.ok) return { errors: fieldErrorsOf(parsed.error) };
  const errors = await referenceErrors(parsed.data, keptOfficeId);
  return Object.keys(errors).length ? { errors } : { input: parsed.data };
}


const UNSIGNED: AgreementStatus[] = ["DRAFT", "UNDER_NEGOTIATION"];
const NOT_YOUR_OFFICE = msg("problems.notYourOffice");
const SIGN_FIRST = msg("problems.newAgreementDraftUnder");
/** The audit event's reason for an agreement recorded as already signed: it was not cleared here. */
export const SIGNED_BEFORE = "as signed before it was recorded here (not cleared here)";

export async function createAgreement(viewer: Viewer, values: AgreementFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.mayNotCreateAgreements"));
  const parsed = await validateAgreement(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { input } = parsed;
  const officeId = input.officeId ?? viewer.officeId;
  if (officeId && !can(viewer, "create", ENTITY, { officeId })) return denied(NOT_YOUR_OFFICE);
  // Clearance comes before signature (decision 003): a new agreement starts unsigned, unless the
  // person says it was signed before it was recorded here, which its activity then says too.
  const signed = !UNSIGNED.includes(input.status);
  if (signed && !input.signedBefore) return refused(FIX_FIELDS, { status: SIGN_FIRST });
  try {
    const id = await db().$transaction(async (tx) => {
      const created = await insertAgreement(tx, viewer, input, signed ? SIGNED_BEFORE : undefined);
      if (input.renewsId && !(await linkRenewal(tx, viewer, input.renewsId, created))) throw new RenewalTaken();
      return created;
    });
    return { ok: true, id };
  } catch (error) {
    if (error instanceof RenewalTaken) {
      return refused(msg("problems.agreementBeingRenewedRenewed"));
    }
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { reference: msg("problems.anotherAgreementAlreadyReference") });
    throw error;
  }
}

class RenewalTaken extends Error {}
class ChangedSinceClearance extends Error {}

/** What may change on a cleared draft without clearing it again: its signature and activation, and which office keeps it. */
const SIGNING_FIELDS = ["status", "signedOn", "effectiveOn", "office"];

/** Links an agreement to its successor, both ways (renewedBy / renews), with its audit event. */
async function linkRenewal(tx: Prisma.TransactionClient, viewer: Viewer, renewsId: string, successorId: string): Promise<boolean> {
  const before = await tx.agreement.findUnique({ where: { id: renewsId }, select: { version: true } });
  if (!before) return false;
  const { count } = await tx.agreement.updateMany({
    where: { id: renewsId, renewedById: null, archived: false, status: { in: ["ACTIVE", "EXPIRED"] } },
    data: { renewedById: successorId, version: { increment: 1 } },
  });
  if (count === 0) return false;
  const successor = await tx.agreement.findUniqueOrThrow({ where: { id: successorId }, select: { reference: true } });
  await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: renewsId, changes: { renewedBy: [null, successor.reference] } });
  return true;
}

/** The refusal for a save over a newer version. */
async function conflictSince(id: string, readVersion: number): Promise<ActionResult<never>> {
  const current = await db().agreement.findUnique({ where: { id }, select: { version: true } });
  return conflictWith(ENTITY, id, readVersion, current?.version ?? null, "agreement");
}

export async function updateAgreement(
  viewer: Viewer,
  id: string,
  readVersion: number,
  values: AgreementFormValues,
): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.mayNotChangeAgreements"));
  const current = await db().agreement.findUnique({ where: { id }, select: { status: true, archived: true, version: true, clearance: true, officeId: true } });
  if (!current) return refused(msg("problems.agreementGone"));
  if (!can(viewer, "update", ENTITY, { officeId: current.officeId })) return denied(NOT_YOUR_OFFICE);
  if (current.archived) return refused(msg("problems.agreementArchivedRestoreBefore"));
  if (current.version !== readVersion) return conflictSince(id, readVersion);
  if (current.clearance === "SUBMITTED") return refused(msg("problems.agreementWaitingForClearance"));
  const parsed = await validateAgreement(values, current.officeId);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { input } = parsed;
  // Moving it to another office is an edit there too.
  if (input.officeId && !can(viewer, "update", ENTITY, { officeId: input.officeId })) return denied(NOT_YOUR_OFFICE);
  if (!mayMoveStatus(current.status, input.status)) {
    return refused(FIX_FIELDS, {
      status: msg("problems.statusCannotMove", { from: { code: ["agreementStatuses", current.status], lower: true }, to: { code: ["agreementStatuses", input.status], lower: true } }),
    });
  }
  const activating = input.status === "ACTIVE" && current.status !== "ACTIVE";
  if (activating && current.clearance !== "CLEARED") {
    return refused(FIX_FIELDS, { status: msg("problems.onlyClearedAgreementCan") });
  }
  // Due diligence can lapse (or a sanctions match appear) between clearance and signature.
  const blocks = activating ? await engagementBlocks(input.parties.map((p) => p.organisationId)) : [];
  if (blocks.length) return refused(FIX_FIELDS, { status: msg("problems.cannotActivateYet", { blocks: { texts: blocks } }) });
  // A cleared draft may be signed and activated; any other change sends it back for clearance.
  const clearedDraft = current.clearance === "CLEARED" && current.status !== "ACTIVE";
  try {
    const { fields } = input;
    const saved = await db().$transaction(async (tx) => {
      const loaded = await loadWithRelations(tx, id);
      const before = snapshot(loaded, fields);
      const { data, parties, themes } = split(input);
      // The version guard: zero rows when someone saved since the editor read the record.
      const { count } = await tx.agreement.updateMany({
        where: { id, version: readVersion, archived: false },
        data: { ...data, ...customData(fields, loaded.customValues, input.custom), version: { increment: 1 } },
      });
      if (count === 0) return false;
      await replaceParties(tx, id, parties);
      await tx.agreementTheme.deleteMany({ where: { agreementId: id } });
      await tx.agreementTheme.createMany({ data: themes.map((t) => ({ ...t, agreementId: id })) });
      const after = snapshot(await loadWithRelations(tx, id), fields);
      const changes = changedFields(before, after);
      if (clearedDraft && Object.keys(changes).some((field) => !SIGNING_FIELDS.includes(field))) {
        if (activating) throw new ChangedSinceClearance();
        await tx.agreement.update({ where: { id }, data: { clearance: "NOT_SUBMITTED", clearanceComment: null } });
        changes.clearance = [clearanceStates.CLEARED.label, clearanceStates.NOT_SUBMITTED.label];
      }
      await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes });
      return true;
    });
    return saved ? { ok: true, id } : conflictSince(id, readVersion);
  } catch (error) {
    if (error instanceof ChangedSinceClearance) {
      return refused(FIX_FIELDS, { status: msg("problems.otherDetailsChangedSince") });
    }
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { reference: msg("problems.anotherAgreementAlreadyReference") });
    throw error;
  }
}

export function setAgreementArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, ENTITY, "agreement", id, readVersion, archived);
}
