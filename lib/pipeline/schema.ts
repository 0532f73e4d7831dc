// The opportunity form's schema, used by the form in the browser and by the server action alike.
// Money stays a decimal string from the form to the database; tranches add up to the amount sought.
import { z } from "zod";
import { OpportunityCloseReason, OpportunityStage, OrganisationKind } from "@/lib/generated/prisma/enums";
import { amountCents, fromCents } from "@/lib/domain/money";
import { countryList, optionalAmount, optionalDate, optionalInteger, optionalText, requiredCurrency, requiredText } from "@/lib/domain/validation";
import { NEW_ORGANISATION } from "./new-organisation";
import { needsReason } from "./stages";
export const MAX_TRANCHES = 20;

const positiveAmount = (message: string) =>
  optionalAmount
    .refine((v): v is string => v !== null, message)
    .transform((v) => v as string)
    .refine((v) => /[1-9]/.test(v), "problems.amountAboveZero");

/** One of an enum's values, or nothing chosen (""): null. */
const optionalChoice = <T extends Record<string, string>>(values: T, message: string) =>
  z
    .string()
    .optional()
    .refine((v) => !v || Object.hasOwn(values, v), message)
    .transform((v) => (v || null) as T[keyof T] | null);

const tranche = z.object({
  year: optionalInteger(1990, 2100).refine((v): v is number => v !== null, "problems.giveTrancheYear").transform((v) => v as number),
  amount: positiveAmount("problems.giveTrancheAmount"),
});

export const opportunitySchema = z
  .object({
    title: requiredText(300, "problems.giveOpportunityTitle"),
    organisationId: z.string().trim().max(64),
    newOrganisationName: optionalText(300),
    newOrganisationKind: optionalChoice(OrganisationKind, "problems.chooseKindOrganisation"),
    amount: positiveAmount("problems.giveAmountSought"),
    currency: requiredCurrency("problems.enterIso4217Currency"),
    tranches: z.array(tranche).max(MAX_TRANCHES, "problems.atMostTranches").default([]),
    stage: z.enum(OpportunityStage, "problems.chooseStage"),
    probability: optionalInteger(0, 100),
    probabilityReason: optionalText(500),
    expectedDecisionOn: optionalDate,
    responsibleOfficerId: z.string().trim().transform((v) => v || null),
    officeId: z.string().trim().optional().transform((v) => v || null),
    countries: countryList,
    themeIds: z.array(z.string().min(1)).max(50),
    nextStep: optionalText(500),
    nextStepDueOn: optionalDate,
    closeReason: optionalChoice(OpportunityCloseReason, "problems.chooseCloseReason"),
    closeNote: optionalText(2000),
    summary: optionalText(5000),
  })
  .superRefine((o, ctx) => {
    const issue = (path: string, message: string, params?: Record<string, string>) => ctx.addIssue({ code: "custom", path: [path], message, params });
    if (o.organisationId === NEW_ORGANISATION) {
      if (!o.newOrganisationName) issue("newOrganisationName", "problems.giveNewOrganisationName");
      if (!o.newOrganisationKind) issue("newOrganisationKind", "problems.chooseKindOrganisation");
    } else if (!o.organisationId) issue("organisationId", "problems.choosePartnerOrNew");
    if (o.probability !== null && !o.probabilityReason) issue("probabilityReason", "problems.sayWhyProbability");
    if (o.nextStepDueOn && !o.nextStep) issue("nextStep", "problems.sayNextStep");
    if (needsReason(o.stage) && !o.closeReason) issue("closeReason", "problems.chooseCloseReason");
    const years = o.tranches.map((t) => t.year);
    const twice = years.find((y, i) => years.indexOf(y) !== i);
    if (twice !== undefined) issue("tranches", "problems.trancheYearTwice", { year: String(twice) });
    // Compared once every amount is one (the fields' own messages say what is wrong otherwise).
    const total = amountCents(o.amount);
    const rows = o.tranches.map((t) => amountCents(t.amount));
    if (o.tranches.length && total !== null && !rows.includes(null)) {
      const sum = rows.reduce<bigint>((a, b) => a + b!, 0n);
      if (sum !== total) issue("tranches", "problems.tranchesMustAddUp", { sum: fromCents(sum), amount: fromCents(total) });
    }
  });

export type OpportunityInput = z.infer<typeof opportunitySchema>;
export type OpportunityFormValues = z.input<typeof opportunitySchema>;

/** Reads the form's fields out of FormData into the shape the schema parses. */
export function opportunityFormValues(form: FormData): OpportunityFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const years = form.getAll("trancheYear").map(String);
  const amounts = form.getAll("trancheAmount").map(String);
  return {
    title: text("title"),
    organisationId: text("organisationId"),
    newOrganisationName: text("newOrganisationName"),
    newOrganisationKind: text("newOrganisationKind") as OpportunityFormValues["newOrganisationKind"],
    amount: text("amount"),
    currency: text("currency"),
    tranches: years.map((year, i) => ({ year, amount: amounts[i] ?? "" })).filter((t) => t.year.trim() || t.amount.trim()),
    stage: text("stage") as OpportunityFormValues["stage"],
    probability: text("probability"),
    probabilityReason: text("probabilityReason"),
    expectedDecisionOn: text("expectedDecisionOn"),
    responsibleOfficerId: text("responsibleOfficerId"),
    officeId: text("officeId"),
    countries: text("countries"),
    themeIds: form.getAll("themeIds").map(String),
    nextStep: text("nextStep"),
    nextStepDueOn: text("nextStepDueOn"),
    closeReason: text("closeReason") as OpportunityFormValues["closeReason"],
    closeNote: text("closeNote"),
    summary: text("summary"),
  };
}

/** The conversion of a won opportunity: what the draft agreement needs that the opportunity does not say. */
export const conversionSchema = z.object({
  reference: requiredText(60, "problems.giveAgreementReferenceCode"),
  instrument: z.string().trim().min(1, "problems.chooseInstrument"),
  modality: z.string().trim().min(1, "problems.chooseModality"),
  /** The other signatory: the unit's own organisation, as a rule. */
  counterpartId: z.string().trim().min(1, "problems.chooseOrganisation"),
});

export type ConversionFormValues = z.input<typeof conversionSchema>;

export function conversionFormValues(form: FormData): ConversionFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return { reference: text("reference"), instrument: text("instrument"), modality: text("modality"), counterpartId: text("counterpartId") };
}
