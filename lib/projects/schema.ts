// The project form's and the status report form's schemas, shared by forms and server actions.
import { z } from "zod";
import { customFormValues, type CustomFormValues } from "@/lib/custom-fields/values";
import { Health, ProjectLifecycle } from "@/lib/generated/prisma/enums";
import { partiesFromForm, partySchema, refineUniqueParties } from "@/lib/domain/parties";
import { countryList, optionalAmount, optionalCurrency, optionalDate, optionalText, percent, requiredDate, requiredText } from "@/lib/domain/validation";

export const projectSchema = z
  .object({
    code: requiredText(60, "problems.giveProjectCode").refine((v) => /^[\p{L}\p{N}][\p{L}\p{N}/._ -]*$/u.test(v), "problems.useLettersDigitsOnly"),
    title: requiredText(300, "problems.giveProjectTitle"),
    agreementId: z.string().trim().transform((v) => v || null),
    lifecycle: z.enum(ProjectLifecycle, "problems.chooseProjectsStage"),
    countries: countryList,
    themeIds: z.array(z.string().min(1)).max(50),
    budgetAmount: optionalAmount,
    budgetCurrency: optionalCurrency,
    startsOn: optionalDate,
    endsOn: optionalDate,
    summary: optionalText(5000),
    responsibleOfficerId: z.string().trim().transform((v) => v || null),
    /** The office responsible for it; none chosen: its agreement's, else the recorder's. */
    officeId: z.string().trim().optional().transform((v) => v || null),
    partners: z.array(partySchema).max(30),
  })
  .superRefine((p, ctx) => {
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "problems.endDateBeforeStart" });
    }
    if (p.budgetAmount && !p.budgetCurrency) ctx.addIssue({ code: "custom", path: ["budgetCurrency"], message: "problems.giveBudgetsCurrency" });
    if (p.budgetCurrency && !p.budgetAmount) ctx.addIssue({ code: "custom", path: ["budgetAmount"], message: "problems.giveBudgetsAmountClear" });
    refineUniqueParties(p.partners, ctx, "partners");
  });

export type ProjectInput = z.infer<typeof projectSchema>;
/** What the form sends: every field as typed, the custom fields' under `custom` (checked by withCustomFields). */
export type ProjectFormValues = z.input<typeof projectSchema> & { custom?: CustomFormValues };

export function projectFormValues(form: FormData): ProjectFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    code: text("code"),
    title: text("title"),
    agreementId: text("agreementId"),
    lifecycle: text("lifecycle") as ProjectFormValues["lifecycle"],
    countries: text("countries"),
    themeIds: form.getAll("themeIds").map(String),
    budgetAmount: text("budgetAmount"),
    budgetCurrency: text("budgetCurrency"),
    startsOn: text("startsOn"),
    endsOn: text("endsOn"),
    summary: text("summary"),
    responsibleOfficerId: text("responsibleOfficerId"),
    officeId: text("officeId"),
    partners: partiesFromForm(form),
    custom: customFormValues(form),
  };
}

export const statusReportSchema = z.object({
  reportedOn: requiredDate("problems.enterReportsDate"),
  health: z.enum(Health, "problems.chooseProjectsHealth"),
  progressPercent: percent("problems.enterProgressAsWhole"),
  summary: requiredText(5000, "problems.summariseWhereProjectStands"),
  risks: optionalText(5000),
});

export type StatusReportFormValues = z.input<typeof statusReportSchema>;

export function statusReportFormValues(form: FormData): StatusReportFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    reportedOn: text("reportedOn"),
    health: text("health") as StatusReportFormValues["health"],
    progressPercent: text("progressPercent"),
    summary: text("summary"),
    risks: text("risks"),
  };
}
