// The reporting forms: a requirement (what a partner must report, how often), a partner's
// submission (narrative, health, progress, the indicator actuals of the period) and the officer's
// decision. Used in the browser and on the server alike.
import { z } from "zod";
import { reportsOnProgress } from "@/lib/domain/codes";
import { Health, ReportKind } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText, optionalValue, percent, requiredDate, requiredText } from "@/lib/domain/validation";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export const requirementSchema = z
  .object({
    organisationId: z.string().trim().min(1, "problems.choosePartnerWhoReports").max(64),
    kind: z.enum(ReportKind, "problems.chooseKindReport"),
    everyMonths: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && +v >= 1 && +v <= 60), "problems.enterNumberMonthsFrom")
      .transform((v) => (v === "" ? null : Number(v))),
    firstDueOn: requiredDate("problems.enterWhenFirstReport"),
    lastDueOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.lastDueOn && v.lastDueOn < v.firstDueOn) ctx.addIssue({ code: "custom", path: ["lastDueOn"], message: "problems.lastBeforeFirst" });
    if (v.lastDueOn && !v.everyMonths) ctx.addIssue({ code: "custom", path: ["lastDueOn"], message: "problems.oneOffHasNoLast" });
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
    narrative: requiredText(5000, "problems.writeWhatHappenedIn"),
    health: z.union([z.enum(Health), z.literal("")], "problems.chooseProjectsHealth").transform((v) => v || null),
    progressPercent: z.union([z.literal(""), percent("problems.enterProgressAsWhole")]).transform((v) => (v === "" ? null : v)),
    actuals: z
      .array(z.object({ indicatorId: z.string().trim().min(1).max(64), value: optionalValue, comment: optionalText(1000) }))
      .max(200),
  })
  .superRefine((v, ctx) => {
    if (!reportsOnProgress(v.kind)) return;
    if (!v.health) ctx.addIssue({ code: "custom", path: ["health"], message: "problems.chooseProjectsHealth" });
    if (v.progressPercent === null) ctx.addIssue({ code: "custom", path: ["progressPercent"], message: "problems.enterProgressAsWhole" });
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
