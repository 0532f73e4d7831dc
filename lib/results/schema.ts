// The results framework's forms (a result, an indicator, an indicator's period), in the browser
// and on the server alike. Field names differ between the forms because they share one page.
import { z } from "zod";
import { IndicatorMeasure, ResultType } from "@/lib/generated/prisma/enums";
import { optionalText, optionalValue, requiredDate, requiredText } from "@/lib/domain/validation";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export const resultSchema = z.object({
  resultType: z.enum(ResultType, "problems.chooseOutcomeOutputImpact"),
  resultTitle: requiredText(500, "problems.nameResult"),
  resultDescription: optionalText(2000),
});
export type ResultFormValues = z.input<typeof resultSchema>;
export const resultFormValues = (form: FormData): ResultFormValues => ({
  resultType: text(form, "resultType") as ResultFormValues["resultType"],
  resultTitle: text(form, "resultTitle"),
  resultDescription: text(form, "resultDescription"),
});

export const indicatorSchema = z
  .object({
    resultId: z.string().trim().min(1, "problems.chooseResultMeasures").max(64),
    indicatorTitle: requiredText(500, "problems.nameIndicator"),
    measure: z.enum(IndicatorMeasure, "problems.chooseHowMeasured"),
    direction: z.enum(["ascending", "descending"], "problems.sayWhetherHigherLower"),
    baselineYear: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{4}$/.test(v) && +v >= 1950 && +v <= 2100), "problems.enterYearSuchAs")
      .transform((v) => (v === "" ? null : Number(v))),
    baselineValue: optionalValue,
  })
  .superRefine((v, ctx) => {
    if (v.measure === "QUALITATIVE" && v.baselineValue !== null) {
      ctx.addIssue({ code: "custom", path: ["baselineValue"], message: "problems.qualitativeNoBaseline" });
    }
    if (v.baselineValue !== null && v.baselineYear === null) ctx.addIssue({ code: "custom", path: ["baselineYear"], message: "problems.giveBaselinesYear" });
  });
export type IndicatorFormValues = z.input<typeof indicatorSchema>;
export const indicatorFormValues = (form: FormData): IndicatorFormValues => ({
  resultId: text(form, "resultId"),
  indicatorTitle: text(form, "indicatorTitle"),
  measure: text(form, "measure") as IndicatorFormValues["measure"],
  direction: text(form, "direction") as IndicatorFormValues["direction"],
  baselineYear: text(form, "baselineYear"),
  baselineValue: text(form, "baselineValue"),
});

/** A target and/or an actual for one period of an indicator; a period's values are replaced. */
export const periodSchema = z
  .object({
    indicatorId: z.string().trim().min(1, "problems.chooseIndicator").max(64),
    periodStart: requiredDate("problems.enterPeriodsFirstDay"),
    periodEnd: requiredDate("problems.enterPeriodsLastDay"),
    target: optionalValue,
    actual: optionalValue,
    periodComment: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "problems.periodEndsBeforeStarts" });
    if (v.target === null && v.actual === null && v.periodComment === null) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "problems.giveTargetActualValue" });
    }
  });
export type PeriodFormValues = z.input<typeof periodSchema>;
export const periodFormValues = (form: FormData): PeriodFormValues => ({
  indicatorId: text(form, "indicatorId"),
  periodStart: text(form, "periodStart"),
  periodEnd: text(form, "periodEnd"),
  target: text(form, "target"),
  actual: text(form, "actual"),
  periodComment: text(form, "periodComment"),
});
