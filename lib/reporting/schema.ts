// The reporting forms: a requirement (what a partner must report, how often), a partner's
// submission (narrative, health, progress, the indicator actuals of the period) and the officer's
// decision. Used in the browser and on the server alike.
import { z } from "zod";
import { reportsOnProgress } from "@/lib/domain/codelists";
import { Health, ReportKind } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText, optionalValue, percent, requiredDate, requiredText } from "@/lib/domain/validation";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export const requirementSchema = z
  .object({
    organisationId: z.string().trim().min(1, "Choose the partner who reports.").max(64),
    kind: z.enum(ReportKind, "Choose the kind of report."),
    everyMonths: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && +v >= 1 && +v <= 60), "Enter a number of months from 1 to 60, or leave it empty for a one-off report.")
      .transform((v) => (v === "" ? null : Number(v))),
    firstDueOn: requiredDate("Enter when the first report is due."),
    lastDueOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.lastDueOn && v.lastDueOn < v.firstDueOn) ctx.addIssue({ code: "custom", path: ["lastDueOn"], message: "The last report cannot be due before the first." });
    if (v.lastDueOn && !v.everyMonths) ctx.addIssue({ code: "custom", path: ["lastDueOn"], message: "A one-off report has no last due date: leave it empty." });
  });
export type RequirementFormValues = z.input<typeof requirementSchema>;
export const requirementFormValues = (form: FormData): RequirementFormValues => ({
  organisationId: text(form, "organisationId"),
  kind: text(form, "kind") as RequirementFormValues["kind"],
  everyMonths: text(form, "everyMonths"),
  firstDueOn: text(form, "firstDueOn"),
  lastDueOn: text(form, "lastDueOn"),
});

/** Progress and final reports say how the project stands; a financial report only tells. */

export const submissionSchema = z
  .object({
    kind: z.enum(ReportKind),
    narrative: requiredText(5000, "Write what happened in the period."),
    health: z.union([z.enum(Health), z.literal("")], "Choose the project's health.").transform((v) => v || null),
    progressPercent: z.union([z.literal(""), percent("Enter the progress as a whole number from 0 to 100.")]).transform((v) => (v === "" ? null : v)),
    actuals: z
      .array(z.object({ indicatorId: z.string().trim().min(1).max(64), value: optionalValue, comment: optionalText(1000) }))
      .max(200),
  })
  .superRefine((v, ctx) => {
    if (!reportsOnProgress(v.kind)) return;
    if (!v.health) ctx.addIssue({ code: "custom", path: ["health"], message: "Choose the project's health." });
    if (v.progressPercent === null) ctx.addIssue({ code: "custom", path: ["progressPercent"], message: "Enter the progress as a whole number from 0 to 100." });
  });
export type SubmissionFormValues = z.input<typeof submissionSchema>;
export const submissionFormValues = (form: FormData): SubmissionFormValues => ({
  kind: text(form, "kind") as SubmissionFormValues["kind"],
  narrative: text(form, "narrative"),
  health: text(form, "health") as SubmissionFormValues["health"],
  progressPercent: text(form, "progressPercent"),
  actuals: form.getAll("indicatorId").map((id, i) => ({
    indicatorId: String(id),
    value: text(form, `actuals.${i}.value`),
    comment: text(form, `actuals.${i}.comment`),
  })),
});

export const decisionComment = optionalText(2000);
