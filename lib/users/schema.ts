// The user-administration forms' schemas, shared by the forms and the Server Actions.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/domain/validation";
import { MIN_PASSWORD } from "@/lib/domain/limits";

const organisation = z.string().trim().max(64).transform((v) => v || null);
/** Staff work in an office; none chosen: the office they had (an invitation: the top office). */
const office = z.string().trim().max(64).optional().transform((v) => v || null);

/** Partners belong to an organisation (it decides what they see); staff do not. */
const withOrganisation = <T extends { role: Role; organisationId: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.role === "PARTNER" && !v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "problems.choosePartnersOrganisation" });
  if (v.role !== "PARTNER" && v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "problems.onlyPartnersHaveOrganisation" });
};

export const userSchema = z
  .object({
    name: requiredText(200, "problems.givePersonsName"),
    role: z.enum(Role, "problems.chooseRole"),
    organisationId: organisation,
    officeId: office,
  })
  .superRefine(withOrganisation);

export const inviteSchema = z
  .object({
    email: requiredText(320, "problems.giveEmailAddressInvitation")
      .transform((v) => v.toLowerCase())
      .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "problems.enterEmailAddressSuch"),
    name: requiredText(200, "problems.givePersonsName"),
    role: z.enum(Role, "problems.chooseRole"),
    organisationId: organisation,
    officeId: office,
  })
  .superRefine(withOrganisation);

export const passwordSchema = z
  .object({
    password: z.string().min(MIN_PASSWORD, "problems.useAtLeastCharacters").max(200, "problems.keepUnderCharacters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "problems.twoPasswordsDiffer" });

export type UserFormValues = z.input<typeof userSchema>;
export type InviteFormValues = z.input<typeof inviteSchema>;

