// Recording an amendment of a signed agreement: numbered in order, and, for an extension or a
// budget revision, the agreement's expiry or contribution changed in the same transaction, guarded
// by the agreement's version, with the agreement's audit event saying "by amendment N".
import { agreementOffice } from "@/lib/offices/of-record";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type FieldChanges } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { amendmentKinds } from "@/lib/domain/codelists";
import { displayMoney, isoDate, today } from "@/lib/domain/format";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { can, type Viewer } from "@/lib/policy";
import { amendmentSchema, type AmendmentFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";

class Superseded extends Error {}

const money = (amount: { toFixed(d: number): string } | string | null, currency: string | null) => (amount === null || !currency ? null : displayMoney(amount, currency));

/** Records amendment N+1 of an active agreement read at `readVersion`. Returns the agreement's id. */
export async function recordAmendment(viewer: Viewer, agreementId: string, readVersion: number, values: AmendmentFormValues, on = today()): Promise<ActionResult> {
  if (!can(viewer, "create", "Amendment", await agreementOffice(agreementId))) return denied(msg("problems.mayNotRecordAmendments"));
  const agreement = await db().agreement.findUnique({
    where: { id: agreementId },
    select: { status: true, archived: true, version: true, expiresOn: true, contributionAmount: true, contributionCurrency: true },
  });
  if (!agreement) return refused(msg("problems.agreementGone"));
  if (agreement.archived) return refused(msg("problems.agreementArchivedRestoreBeforeAmending"));
  if (agreement.status !== "ACTIVE") return refused(msg("problems.onlyActiveAgreementAmended"));
  if (agreement.version !== readVersion) return conflictSince("Agreement", agreementId, readVersion, agreement.version, "agreement");
  const parsed = amendmentSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (input.signedOn > on) return refused(FIX_FIELDS, { signedOn: msg("problems.amendmentInFuture") });

  // What the amendment changes on the agreement itself.
  const data: { expiresOn?: Date; contributionAmount?: string; contributionCurrency?: string } = {};
  const changes: FieldChanges = {};
  if (input.kind === "NO_COST_EXTENSION") {
    if (!agreement.expiresOn) return refused(FIX_FIELDS, { newExpiresOn: msg("problems.agreementOpenEnded") });
    if (input.newExpiresOn! <= agreement.expiresOn) {
      return refused(FIX_FIELDS, { newExpiresOn: msg("problems.extensionMovesLater", { expiry: { date: agreement.expiresOn } }) });
    }
    data.expiresOn = input.newExpiresOn!;
    changes.expiresOn = [isoDate(agreement.expiresOn), isoDate(input.newExpiresOn)];
  }
  if (input.kind === "BUDGET_REVISION") {
    const before = money(agreement.contributionAmount, agreement.contributionCurrency);
    const after = money(input.newContributionAmount, input.newContributionCurrency);
    if (before === after) return refused(FIX_FIELDS, { newContributionAmount: msg("problems.contributionAlreadyRecorded") });
    data.contributionAmount = input.newContributionAmount!;
    data.contributionCurrency = input.newContributionCurrency!;
    changes.contribution = [before, after];
  }

  try {
    await db().$transaction(async (tx) => {
      const last = await tx.amendment.aggregate({ where: { agreementId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const amendment = await tx.amendment.create({
        data: { agreementId, number, kind: input.kind, signedOn: input.signedOn, summary: input.summary, changes, createdById: viewer.userId },
      });
      // Every amendment moves the agreement's version: a form opened before it is out of date.
      const { count } = await tx.agreement.updateMany({ where: { id: agreementId, version: readVersion, archived: false }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new Superseded();
      const reason = `by amendment ${number}`;
      await recordAudit(tx, {
        actor: viewer,
        action: "create",
        entityType: "Amendment",
        entityId: amendment.id,
        changes: changedFields(null, { agreement: agreementId, number, kind: amendmentKinds[input.kind].label, signedOn: isoDate(input.signedOn), summary: input.summary }),
      });
      await recordAudit(tx, {
        actor: viewer,
        action: "update",
        entityType: "Agreement",
        entityId: agreementId,
        changes: { ...changes, amendments: [number - 1, number] },
        reason,
      });
    });
  } catch (error) {
    // Someone saved the agreement, or recorded another amendment, since the form was opened.
    if (error instanceof Superseded || isUniqueViolation(error)) {
      const current = await db().agreement.findUnique({ where: { id: agreementId }, select: { version: true } });
      return conflictSince("Agreement", agreementId, readVersion, current?.version ?? null, "agreement");
    }
    throw error;
  }
  return { ok: true, id: agreementId };
}
