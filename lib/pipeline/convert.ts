// A won opportunity becomes a draft agreement: its parties, title, themes, countries, office and
// responsible officer, and the commitment it brings with its tranches as instalments, written in
// one transaction and linked both ways. The draft then goes through clearance like any other.
// Asked again, it creates nothing and answers with the agreement it already became (decision 023).
import { insertAgreement, validateAgreement } from "@/lib/agreements/mutations";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CustomFormValues } from "@/lib/custom-fields/values";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { displayMoney } from "@/lib/domain/format";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { insertInstalment } from "@/lib/funding/mutations";
import type { Instrument, Modality } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { can, type Viewer } from "@/lib/policy";
import { conversionSchema, type ConversionFormValues } from "./schema";

/** Why it was created, in its audit event. */
export const FROM_PIPELINE = "from a won opportunity of the pipeline";

/** A tranche expected in a year is due by the year's end: never overdue before its year is out. */
const dueInYear = (year: number) => new Date(Date.UTC(year, 11, 31));

/** The agreement form's fields that the conversion form shows under its own names. */
const OWN_FIELDS: Record<string, string> = { reference: "reference", instrument: "instrument", modality: "modality" };

class Conflict extends Error {}

export async function convertOpportunity(
  viewer: Viewer,
  id: string,
  readVersion: number,
  values: ConversionFormValues & { custom?: CustomFormValues },
): Promise<ActionResult<{ id: string; existing: boolean }>> {
  if (!can(viewer, "create", "Agreement") || !can(viewer, "update", "Opportunity")) return denied(msg("problems.mayNotCreateAgreements"));
  const o = await db().opportunity.findUnique({ where: { id }, include: { themes: true, tranches: { orderBy: { year: "asc" } } } });
  if (!o || !can(viewer, "read", "Opportunity", { officeId: o.officeId })) return refused(msg("problems.recordGone", { noun: "opportunity" }));
  if (!can(viewer, "update", "Opportunity", { officeId: o.officeId }) || !can(viewer, "create", "Agreement", { officeId: o.officeId })) return denied(msg("problems.notYourOffice"));
  // Asked twice (a second click, a second tab): the agreement it already became.
  if (o.agreementId) return { ok: true, id: o.agreementId, existing: true };
  if (o.archived) return refused(msg("problems.opportunityArchived"));
  if (o.stage !== "WON") return refused(msg("problems.onlyWonBecomesAgreement"));
  const parsed = conversionSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { reference, instrument, modality, counterpartId } = parsed.data;
  const agreement: AgreementFormValues = {
    reference,
    title: o.title,
    instrument: instrument as Instrument,
    modality: modality as Modality,
    status: "DRAFT",
    signedOn: "",
    effectiveOn: "",
    expiresOn: "",
    meetingCycleMonths: "12",
    countries: o.countries.join(", "),
    themeIds: o.themes.map((t) => t.themeId),
    contributionAmount: o.amount.toFixed(2),
    contributionCurrency: o.currency,
    summary: o.summary ?? "",
    responsibleOfficerId: o.responsibleOfficerId ?? "",
    officeId: o.officeId,
    parties: [
      { organisationId: o.organisationId, role: "SIGNATORY" },
      { organisationId: o.organisationId, role: "FUNDING" },
      { organisationId: counterpartId, role: "SIGNATORY" },
    ],
    renewsId: "",
    custom: values.custom,
  };
  const valid = await validateAgreement(agreement, o.officeId);
  if ("errors" in valid) {
    const { form, ...fields } = conversionErrors(valid.errors);
    return refused(form ?? FIX_FIELDS, fields);
  }
  const partnerName = (await db().organisation.findUniqueOrThrow({ where: { id: o.organisationId }, select: { name: true } })).name;
  try {
    const agreementId = await db().$transaction(async (tx) => {
      // The version guard, and the lock that makes a second conversion wait and then find the agreement.
      const { count } = await tx.opportunity.updateMany({ where: { id, version: readVersion, agreementId: null, stage: "WON", archived: false }, data: { version: { increment: 1 } } });
      if (count === 0) throw new Conflict();
      const created = await insertAgreement(tx, viewer, valid.input, FROM_PIPELINE);
      await tx.opportunity.update({ where: { id }, data: { agreementId: created } });
      await recordAudit(tx, { actor: viewer, action: "update", entityType: "Opportunity", entityId: id, changes: { agreement: [null, reference] } });
      const commitment = await tx.commitment.create({ data: { agreementId: created, organisationId: o.organisationId, amount: o.amount, currency: o.currency, description: o.title } });
      const after = { agreement: reference, fundingParty: partnerName, project: null, amount: displayMoney(o.amount, o.currency), committedOn: null, description: o.title };
      await recordAudit(tx, { actor: viewer, action: "create", entityType: "Commitment", entityId: commitment.id, changes: changedFields(null, after), reason: FROM_PIPELINE });
      for (const t of o.tranches) {
        await insertInstalment(tx, viewer, { commitmentId: commitment.id, dueOn: dueInYear(t.year), amount: t.amount.toFixed(2), condition: null, currency: o.currency }, FROM_PIPELINE);
      }
      return created;
    });
    return { ok: true, id: agreementId, existing: false };
  } catch (error) {
    if (error instanceof Conflict) {
      const now = await db().opportunity.findUnique({ where: { id }, select: { agreementId: true } });
      if (now?.agreementId) return { ok: true, id: now.agreementId, existing: true };
      return refused(msg("problems.opportunityChangedReload"));
    }
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { reference: msg("problems.anotherAgreementAlreadyReference") });
    throw error;
  }
}

/** The agreement's field errors on the conversion form: its own fields by name, the parties' on the counterpart, custom fields as they are. */
function conversionErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, text] of Object.entries(errors)) {
    const name = OWN_FIELDS[field] ?? (field.startsWith("parties") ? "counterpartId" : field.startsWith("custom.") ? field : "form");
    out[name] ??= text;
  }
  return out;
}
