// Writes to commitments, instalments and receipts. Each checks the policy, validates with the
// form's schema, checks what the form points at, and writes the row with its audit event in one
// transaction. Corrections are made by archiving a row (version-guarded) and recording it again;
// changing what was agreed is an amendment of the agreement.
import { setArchived } from "@/lib/audit/archive";
import type { RecordNoun } from "@/lib/audit/conflict";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { displayMoney, isoDate, today } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import {
  commitmentSchema,
  instalmentSchema,
  receiptSchema,
  type CommitmentFormValues,
  type InstalmentFormValues,
  type ReceiptFormValues,
} from "./schema";
import { msg } from "@/lib/i18n/message";

/** Writes an instalment and its audit event inside the caller's transaction (the form and the import). */
export async function insertInstalment(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  instalment: { commitmentId: string; dueOn: Date; amount: string; condition: string | null; currency: string },
  reason?: string,
): Promise<string> {
  const { commitmentId, dueOn, amount, condition, currency } = instalment;
  const id = (await tx.instalment.create({ data: { commitmentId, dueOn, amount, condition } })).id;
  const after = { commitment: commitmentId, dueOn: isoDate(dueOn), amount: displayMoney(amount, currency), condition };
  await recordAudit(tx, { actor: viewer, action: "create", entityType: "Instalment", entityId: id, changes: changedFields(null, after), reason });
  return id;
}

/** Writes a receipt and its audit event inside the caller's transaction (the form and the import). */
export async function insertReceipt(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  receipt: { instalmentId: string; receivedOn: Date; amount: string; reference: string | null; currency: string },
  reason?: string,
): Promise<string> {
  const { instalmentId, receivedOn, amount, reference, currency } = receipt;
  const id = (await tx.receipt.create({ data: { instalmentId, receivedOn, amount, reference, recordedById: viewer.userId } })).id;
  const after = { instalment: instalmentId, receivedOn: isoDate(receivedOn), amount: displayMoney(amount, currency), reference };
  await recordAudit(tx, { actor: viewer, action: "create", entityType: "Receipt", entityId: id, changes: changedFields(null, after), reason });
  return id;
}

/**
 * Records a commitment under an agreement, with the instalments typed with it, in one transaction.
 * The funder may be any party of the agreement: one that is not yet a funding party becomes one
 * (a party may hold several roles), which moves the agreement's version so an edit form opened
 * before cannot drop the new role. Returns the agreement's id.
 */
export async function createCommitment(viewer: Viewer, agreementId: string, values: CommitmentFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "Commitment")) return denied(msg("problems.mayNotRecordCommitments"));
  const agreement = await db().agreement.findUnique({
    where: { id: agreementId },
    select: { archived: true, reference: true, version: true, officeId: true, parties: { select: { organisationId: true, role: true, organisation: { select: { name: true } } } } },
  });
  if (!agreement) return refused(msg("problems.agreementGone"));
  if (!can(viewer, "create", "Commitment", { officeId: agreement.officeId })) return denied(msg("problems.notYourOffice"));
  if (agreement.archived) return refused(msg("problems.agreementArchivedRestoreBeforeRecording"));
  const parsed = commitmentSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { schedule, ...input } = parsed.data;
  const roles = agreement.parties.filter((p) => p.organisationId === input.organisationId);
  if (roles.length === 0) return refused(FIX_FIELDS, { organisationId: msg("problems.chooseOneAgreementsParties") });
  const funderName = roles[0].organisation.name;
  const becomesFunder = !roles.some((p) => p.role === "FUNDING");
  const project = input.projectId
    ? await db().project.findFirst({ where: { id: input.projectId, agreementId, archived: false }, select: { code: true } })
    : null;
  if (input.projectId && !project) return refused(FIX_FIELDS, { projectId: msg("problems.chooseOneAgreementsProjects") });
  const after = {
    agreement: agreement.reference,
    fundingParty: funderName,
    project: project?.code ?? null,
    amount: displayMoney(input.amount, input.currency),
    committedOn: isoDate(input.committedOn),
    description: input.description,
  };
  const saved = await db().$transaction(async (tx) => {
    if (becomesFunder) {
      const { count } = await tx.agreement.updateMany({ where: { id: agreementId, version: agreement.version }, data: { version: { increment: 1 } } });
      if (count === 0) return false;
      await tx.agreementParty.create({ data: { agreementId, organisationId: input.organisationId, role: "FUNDING" } });
      await recordAudit(tx, {
        actor: viewer,
        action: "update",
        entityType: "Agreement",
        entityId: agreementId,
        changes: { fundingParty: [null, funderName] },
        reason: "on recording its commitment",
      });
    }
    const { id } = await tx.commitment.create({ data: { ...input, agreementId } });
    await recordAudit(tx, { actor: viewer, action: "create", entityType: "Commitment", entityId: id, changes: changedFields(null, after) });
    for (const row of schedule) {
      await insertInstalment(tx, viewer, { commitmentId: id, dueOn: row.dueOn, amount: row.amount, condition: row.condition, currency: input.currency });
    }
    return true;
  });
  if (!saved) return refused(msg("problems.agreementChangedWhileYou"));
  return { ok: true, id: agreementId };
}

/** Adds an instalment to a commitment's schedule, in the commitment's currency. Returns the agreement's id. */
export async function addInstalment(viewer: Viewer, values: InstalmentFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", "Instalment")) return denied(msg("problems.mayNotScheduleInstalments"));
  const parsed = instalmentSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { commitmentId, dueOn, instalmentAmount, condition } = parsed.data;
  const commitment = await db().commitment.findFirst({
    where: { id: commitmentId, archived: false, agreement: { archived: false } },
    select: { agreementId: true, currency: true, agreement: { select: { officeId: true } } },
  });
  if (!commitment) return refused(FIX_FIELDS, { commitmentId: msg("problems.commitmentGoneOrArchived") });
  if (!can(viewer, "create", "Instalment", { officeId: commitment.agreement.officeId })) return denied(msg("problems.notYourOffice"));
  await db().$transaction((tx) => insertInstalment(tx, viewer, { commitmentId, dueOn, amount: instalmentAmount, condition, currency: commitment.currency }));
  return { ok: true, id: commitment.agreementId };
}

/**
 * Records money received against an instalment. More than the instalment is accepted (the page
 * flags it); the answer says so. Returns the agreement's id.
 */
export async function recordReceipt(viewer: Viewer, values: ReceiptFormValues, on = today()): Promise<ActionResult<{ id: string; overBy: string | null }>> {
  if (!can(viewer, "create", "Receipt")) return denied(msg("problems.mayNotRecordReceipts"));
  const parsed = receiptSchema(on).safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { instalmentId, receivedOn, receiptAmount, reference } = parsed.data;
  const instalment = await db().instalment.findFirst({
    where: { id: instalmentId, archived: false, commitment: { archived: false, agreement: { archived: false } } },
    select: { amount: true, commitment: { select: { agreementId: true, currency: true, agreement: { select: { officeId: true } } } } },
  });
  if (!instalment) return refused(FIX_FIELDS, { instalmentId: msg("problems.instalmentGoneOrArchived") });
  if (!can(viewer, "create", "Receipt", { officeId: instalment.commitment.agreement.officeId })) return denied(msg("problems.notYourOffice"));
  const { currency, agreementId } = instalment.commitment;
  const overBy = await db().$transaction(async (tx) => {
    await insertReceipt(tx, viewer, { instalmentId, receivedOn, amount: receiptAmount, reference, currency });
    const received = await tx.receipt.aggregate({ where: { instalmentId, archived: false }, _sum: { amount: true } });
    const over = received._sum.amount?.minus(instalment.amount);
    return over?.gt(0) ? displayMoney(over, currency) : null;
  });
  return { ok: true, id: agreementId, overBy };
}

export type FundingSubject = "Commitment" | "Instalment" | "Receipt";
const NOUNS: Record<FundingSubject, RecordNoun> = { Commitment: "commitment", Instalment: "instalment", Receipt: "receipt" };

export function setFundingArchived(viewer: Viewer, subject: FundingSubject, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, subject, NOUNS[subject], id, readVersion, archived);
}
