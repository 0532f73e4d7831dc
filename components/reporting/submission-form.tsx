"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { useFormats } from "@/lib/i18n/use-formats";
import { FileField } from "@/components/ui/file-field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { reportsOnProgress } from "@/lib/domain/codes";
import type { IndicatorMeasure } from "@/lib/generated/prisma/enums";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { submitReportAction } from "@/lib/reporting/actions";

export interface SubmissionIndicator {
  id: string;
  title: string;
  result: string;
  measure: IndicatorMeasure;
  target: string | null;
  /** The indicator's period the actual goes to, when the report's own is not one of its periods. */
  period: { periodStart: Date; periodEnd: Date } | null;
  value: string;
  comment: string;
}

/** A partner's report for the period: what happened, how the project stands, the indicators' actuals, files. */
export function SubmissionForm({
  report,
  maxMb,
}: {
  report: {
    id: string;
    version: number;
    kind: ReportKind;
    narrative: string | null;
    health: string | null;
    progressPercent: number | null;
    periodStart: Date;
    periodEnd: Date;
    indicators: SubmissionIndicator[];
  };
  maxMb: number;
}) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(submitReportAction, () => import("@/lib/reporting/schema").then((m) => ({ schema: m.submissionSchema, read: m.submissionFormValues })));
  const t = useTranslations("forms.submission");
  const tForms = useTranslations("forms");
  const tCodes = useTranslations("codes");
  const f = useFormats();
  if (state.result?.ok) {
    const renamed = "renamed" in state.result ? (state.result.renamed as string[]) : [];
    return (
      <p role="status" className="text-sm text-emerald-700">
        {t("submitted")} {renamed.join(" ")}
      </p>
    );
  }
  const values = state.values;
  const progress = reportsOnProgress(report.kind);
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <input type="hidden" name="id" value={report.id} />
      <input type="hidden" name="version" value={report.version} />
      <input type="hidden" name="kind" value={report.kind} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      <Field label={t("narrative")} name="narrative" error={errors.narrative}>
        <textarea id="narrative" name="narrative" rows={5} defaultValue={values?.narrative ?? report.narrative ?? ""} className={inputClass} aria-invalid={!!errors.narrative} />
      </Field>
      {progress && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("health")} name="health" error={errors.health}>
            <select id="health" name="health" defaultValue={values?.health ?? report.health ?? ""} className={inputClass} aria-invalid={!!errors.health}>
              <option value="">{tForms("choose")}</option>
              <CodeOptions list="healths" />
            </select>
          </Field>
          <Field label={t("progress")} name="progressPercent" error={errors.progressPercent}>
            <input
              id="progressPercent"
              name="progressPercent"
              inputMode="numeric"
              defaultValue={values?.progressPercent ?? report.progressPercent ?? ""}
              className={inputClass}
              aria-invalid={!!errors.progressPercent}
            />
          </Field>
        </div>
      )}
      {progress && report.indicators.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-700">{t("indicators")}</legend>
          {report.indicators.map((indicator, i) => {
            const qualitative = indicator.measure === "QUALITATIVE";
            return (
              <div key={indicator.id} className="grid gap-2 rounded-md border border-slate-100 p-3 sm:grid-cols-3">
                <input type="hidden" name="indicatorId" value={indicator.id} />
                <p className="text-sm sm:col-span-3">
                  <span className="font-medium">{indicator.title}</span>
                  <span className="block text-xs text-slate-500">
                    {indicator.result} · {tCodes(`indicatorMeasures.${indicator.measure}`)}
                    {indicator.period && !samePeriod(indicator.period, report)
                      ? ` · ${t("countsToward", { start: f.date(indicator.period.periodStart), end: f.date(indicator.period.periodEnd), target: indicator.target ?? "none" })}`
                      : indicator.target !== null && ` · ${t("targetForPeriod", { target: indicator.target })}`}
                  </span>
                </p>
                {!qualitative && (
                  <Field label={t("actual")} name={`actuals.${i}.value`} error={errors[`actuals.${i}.value`]}>
                    <input
                      id={`actuals.${i}.value`}
                      name={`actuals.${i}.value`}
                      inputMode="decimal"
                      defaultValue={values?.actuals[i]?.value ?? indicator.value}
                      className={inputClass}
                      aria-invalid={!!errors[`actuals.${i}.value`]}
                    />
                  </Field>
                )}
                <Field label={t(qualitative ? "whatChanged" : "comment")} name={`actuals.${i}.comment`} error={errors[`actuals.${i}.comment`]} className={qualitative ? "sm:col-span-3" : "sm:col-span-2"}>
                  <input id={`actuals.${i}.comment`} name={`actuals.${i}.comment`} defaultValue={values?.actuals[i]?.comment ?? indicator.comment} className={inputClass} />
                </Field>
              </div>
            );
          })}
        </fieldset>
      )}
      <FileField label={t("attachments")} name="attachments" limitMb={maxMb} multiple error={errors.attachments} hint={t("attachmentsHint", { accepted: tForms("acceptedKinds"), max: maxMb })} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

const samePeriod = (a: { periodStart: Date; periodEnd: Date }, b: { periodStart: Date; periodEnd: Date }) =>
  a.periodStart.getTime() === b.periodStart.getTime() && a.periodEnd.getTime() === b.periodEnd.getTime();
