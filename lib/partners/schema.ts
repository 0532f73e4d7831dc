// The partner (organisation) form's schema, shared by the form and the server action.
import { z } from "zod";
import { customFormValues, type CustomFormValues } from "@/lib/custom-fields/values";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { optionalCountry, optionalEmail, optionalText, optionalWebsite, requiredText } from "@/lib/domain/validation";

const contact = z.object({
  /** Set for a contact that already exists; removed contacts are archived, not deleted. */
  id: z.string().trim().transform((v) => v || null),
  name: requiredText(200, "problems.giveContactsName"),
  title: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50).refine((v) => v === null || /^[+\d][\d\s().-]{3,}$/.test(v), "problems.enterPhoneNumberSuch"),
});

export const partnerSchema = z.object({
  name: requiredText(300, "problems.giveOrganisationsName"),
  acronym: optionalText(40),
  kind: z.enum(OrganisationKind, "problems.chooseKindOrganisation"),
  country: optionalCountry,
  website: optionalWebsite,
  internalNotes: optionalText(10_000),
  contacts: z.array(contact).max(50),
});

export type PartnerInput = z.infer<typeof partnerSchema>;
/** What the form sends: every field as typed, the custom fields' under `custom` (checked by withCustomFields). */
export type PartnerFormValues = z.input<typeof partnerSchema> & { custom?: CustomFormValues };

export function partnerFormValues(form: FormData): PartnerFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const column = (name: string) => form.getAll(name).map(String);
  const [ids, names, titles, emails, phones] = ["contactId", "contactName", "contactTitle", "contactEmail", "contactPhone"].map(column);
  return {
    name: text("name"),
    acronym: text("acronym"),
    kind: text("kind") as PartnerFormValues["kind"],
    country: text("country"),
    website: text("website"),
    internalNotes: text("internalNotes"),
    contacts: names
      .map((name, i) => ({ id: ids[i] ?? "", name, title: titles[i] ?? "", email: emails[i] ?? "", phone: phones[i] ?? "" }))
      .filter((c) => [c.name, c.title, c.email, c.phone].some((v) => v.trim() !== "")), // an empty row is no contact
    custom: customFormValues(form),
  };
}
