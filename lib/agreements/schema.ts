// The agreement form's schema, used by the form in the browser and by the server action alike.
import { z } from "zod";
import { Instrument, Modality, AgreementStatus } from "@/lib/generated/prisma/enums";
import { customFormValues, type CustomFormValues } from "@/lib/custom-fields/values";
import { partiesFromForm, partySchema, refineUniqueParties } from "@/lib/domain/parties";
import {
  countryList,
  optionalAmount,
  optionalCurrency,
  optionalDate,
  optionalInteger,
  optionalText,
  requiredText,
} from "@/lib/domain/validation";

export const agreementSchema = z
  .object({
    reference: requiredText(60, "problems.giveAgreementReferenceCode").refine(
      (v) => /^[\p{L}\p{N}][\p{L}\p{N}/._ -]*$/u.test(v),
      "problems.useLettersDigitsOnly",
    ),
    title: requiredText(300, "problems.giveAgreementTitle"),
    instrument: z.enum(Instrument, "problems.chooseInstrument"),
    modality: z.enum(Modality, "problems.chooseModality"),
    status: z.enum(AgreementStatus, "problems.chooseStatus"),
    signedOn: optionalDate,
    effectiveOn: optionalDate,
    expiresOn: optionalDate,
    meetingCycleMonths: optionalInteger(1, 60),
    countries: countryList,
    themeIds: z.array(z.string().min(1)).max(50),
    contributionAmount: optionalAmount,
    contributionCurrency: optionalCurrency,
    summary: optionalText(5000),
    responsibleOfficerId: z.string().trim().transform((v) => v || null),
    /** The office responsible for it; none chosen: the office of whoever records it. */
    officeId: z.string().trim().optional().transform((v) => v || null),
    parties: z.array(partySchema).min(2, "problems.agreementAtLeastTwo").max(30),
    /** For a renewal: the agreement this one continues. */
    renewsId: z.string().trim().optional().transform((v) => v || null),
    /** A new agreement recorded as signed (not cleared here): said on purpose, and audited as such. */
    signedBefore: z.boolean().optional(),
  })
  .superRefine((a, ctx) => {
    const start = a.effectiveOn ?? a.signedOn;
    if (a.expiresOn && start && a.expiresOn < start) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "problems.expiryDateBeforeAgreement" });
    }
    if (a.contributionAmount && !a.contributionCurrency) {
      ctx.addIssue({ code: "custom", path: ["contributionCurrency"], message: "problems.giveContributionsCurrency" });
    }
    if (a.contributionCurrency && !a.contributionAmount) {
      ctx.addIssue({ code: "custom", path: ["contributionAmount"], message: "problems.giveContributionsAmountClear" });
    }
    refineUniqueParties(a.parties, ctx, "parties");
  });

export type AgreementInput = z.infer<typeof agreementSchema>;

/** What the form sends: every field as typed, the custom fields' under `custom` (checked by withCustomFields). */
export type AgreementFormValues = z.input<typeof agreementSchema> & { custom?: CustomFormValues };

/** Reads the form's fields out of FormData into the shape the schema parses. */
export function agreementFormValues(form: FormData): AgreementFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    reference: text("reference"),
    title: text("title"),
    instrument: text("instrument") as AgreementFormValues["instrument"],
    modality: text("modality") as AgreementFormValues["modality"],
    status: text("status") as AgreementFormValues["status"],
    signedOn: text("signedOn"),
    effectiveOn: text("effectiveOn"),
    expiresOn: text("expiresOn"),
    meetingCycleMonths: text("meetingCycleMonths"),
    countries: text("countries"),
    themeIds: form.getAll("themeIds").map(String),
    contributionAmount: text("contributionAmount"),
    contributionCurrency: text("contributionCurrency"),
    summary: text("summary"),
    responsibleOfficerId: text("responsibleOfficerId"),
    officeId: text("officeId"),
    parties: partiesFromForm(form),
    renewsId: text("renewsId"),
    signedBefore: form.get("signedBefore") === "1",
    custom: customFormValues(form),
  };
}
