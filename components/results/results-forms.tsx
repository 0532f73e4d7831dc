"use client";

import { useTranslations } from "next-intl";// The officer's forms for a project's results framework: a result, an indicator, and an
// indicator's target or actual for a period. Each stays on the project page and comes back empty.

import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveIndicatorAction, savePeriodAction, saveResultAction } from "@/lib/results/actions";

function Saved({ ok, children }: { ok: boolean | undefined; children: React.ReactNode }) {
  return ok ? (
    <p role="status" className="text-sm text-emerald-700">
      {children}
    </p>
  ) : null;
}

export function ResultForm({ projectId }: { projectId: string }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveResultAction, () => import("@/lib/results/schema").then((m) => ({ schema: m.resultSchema, read: m.resultFormValues })));
  const t = useTranslations("forms.results");
  const tCommon = useTranslations("common");
  const values = state.values;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-3" key={state.attempt}>
      <input type="hidden" name="projectId" value={projectId} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      <Saved ok={state.result?.ok}>{t("resultAdded")}</Saved>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("kind")} name="resultType" error={errors.resultType}>
          <select id="resultType" name="resultType" defaultValue={values?.resultType ?? "OUTCOME"} className={inputClass}>
            <CodeOptions list="resultTypes" />
          </select>
        </Field>
        <Field label={t("result")} name="resultTitle" error={errors.resultTitle} className="sm:col-span-2">
          <input id="resultTitle" name="resultTitle" defaultValue={values?.resultTitle ?? ""} className={inputClass} aria-invalid={!!errors.resultTitle} />
        </Field>
        <Field label={t("description")} name="resultDescription" error={errors.resultDescription} className="sm:col-span-3">
          <input id="resultDescription" name="resultDescription" defaultValue={values?.resultDescription ?? ""} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("addResult")}
        </Button>
      </div>
    </form>
  );
}

export function IndicatorForm({ results }: { results: { id: string; title: string }[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveIndicatorAction, () => import("@/lib/results/schema").then((m) => ({ schema: m.indicatorSchema, read: m.indicatorFormValues })));
  const t = useTranslations("forms.results");
  const tCommon = useTranslations("common");
  const values = state.values;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-3" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      <Saved ok={state.result?.ok}>{t("indicatorAdded")}</Saved>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("measures")} name="resultId" error={errors.resultId}>
          <select id="resultId" name="resultId" defaultValue={values?.resultId ?? results[0]?.id} className={inputClass}>
            {results.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("indicator")} name="indicatorTitle" error={errors.indicatorTitle}>
          <input id="indicatorTitle" name="indicatorTitle" defaultValue={values?.indicatorTitle ?? ""} className={inputClass} aria-invalid={!!errors.indicatorTitle} />
        </Field>
        <Field label={t("measuredAs")} name="measure" error={errors.measure}>
          <select id="measure" name="measure" defaultValue={values?.measure ?? "UNIT"} className={inputClass}>
            <CodeOptions list="indicatorMeasures" />
          </select>
        </Field>
        <Field label={t("betterWhen")} name="direction" error={errors.direction}>
          <select id="direction" name="direction" defaultValue={values?.direction ?? "ascending"} className={inputClass}>
            <option value="ascending">{t("higher")}</option>
            <option value="descending">{t("lower")}</option>
          </select>
        </Field>
        <Field label={t("baselineYear")} name="baselineYear" error={errors.baselineYear}>
          <input id="baselineYear" name="baselineYear" inputMode="numeric" defaultValue={values?.baselineYear ?? ""} className={inputClass} aria-invalid={!!errors.baselineYear} />
        </Field>
        <Field label={t("baselineValue")} name="baselineValue" error={errors.baselineValue}>
          <input id="baselineValue" name="baselineValue" inputMode="decimal" defaultValue={values?.baselineValue ?? ""} className={inputClass} aria-invalid={!!errors.baselineValue} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("addIndicator")}
        </Button>
      </div>
    </form>
  );
}

export function PeriodForm({ indicators }: { indicators: { id: string; title: string }[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(savePeriodAction, () => import("@/lib/results/schema").then((m) => ({ schema: m.periodSchema, read: m.periodFormValues })));
  const t = useTranslations("forms.results");
  const tCommon = useTranslations("common");
  const values = state.values;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-3" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      <Saved ok={state.result?.ok}>{t("periodSaved")}</Saved>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("indicator")} name="indicatorId" error={errors.indicatorId} className="sm:col-span-3">
          <select id="indicatorId" name="indicatorId" defaultValue={values?.indicatorId ?? indicators[0]?.id} className={inputClass}>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("periodFrom")} name="periodStart" error={errors.periodStart}>
          <input id="periodStart" name="periodStart" type="date" defaultValue={values?.periodStart ?? ""} className={inputClass} />
        </Field>
        <Field label={t("periodTo")} name="periodEnd" error={errors.periodEnd} hint={t("periodToHint")}>
          <input id="periodEnd" name="periodEnd" type="date" defaultValue={values?.periodEnd ?? ""} className={inputClass} />
        </Field>
        <div />
        <Field label={t("target")} name="target" error={errors.target}>
          <input id="target" name="target" inputMode="decimal" defaultValue={values?.target ?? ""} className={inputClass} aria-invalid={!!errors.target} />
        </Field>
        <Field label={t("actual")} name="actual" error={errors.actual}>
          <input id="actual" name="actual" inputMode="decimal" defaultValue={values?.actual ?? ""} className={inputClass} aria-invalid={!!errors.actual} />
        </Field>
        <Field label={t("comment")} name="periodComment" error={errors.periodComment}>
          <input id="periodComment" name="periodComment" defaultValue={values?.periodComment ?? ""} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("savePeriod")}
        </Button>
      </div>
    </form>
  );
}
