// The user-administration forms' schemas, shared by the forms and the Server Actions.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/domain/validation";
import { MIN_PASSWORD } from "@/lib/domain/limits";

const organisation = z.string().trim().max(64).transform((v) => v || null);

/** Partners belong to an organisation (it decides what they see); staff do not. */
const withOrganisation = <T extends { role: Role; organisationId: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.role === "PARTNER" && !v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choose the partner's organisation." });
  if (v.role !== "PARTNER" && v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Only partners belong to an organisation: leave it empty." });
};

export const userSchema = z
  .object({
    name: requiredText(200, "Give the person's name."),
    role: z.enum(Role, "Choose a role."),
    organisationId: organisation,
  })
  .superRefine(withOrganisation);

export const inviteSchema = z
  .object({
    email: requiredText(320, "Give the email address the invitation goes to.")
      .transform((v) => v.toLowerCase())
      .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Enter an email address such as name@example.org."),
    name: requiredText(200, "Give the person's name."),
    role: z.enum(Role, "Choose a role."),
    organisationId: organisation,
  })
  .superRefine(withOrganisation);



export const passwordSchema = z
  .object({
    password: z.string().min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`).max(200, "Keep it under 200 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export type UserFormValues = z.input<typeof userSchema>;
export type InviteFormValues = z.input<typeof inviteSchema>;

