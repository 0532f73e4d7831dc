"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { recordAssessmentAction } from "@/lib/diligence/actions";
import { useSay } from "@/lib/i18n/use-say";

/** Records an assessment of the partner: what was checked and found, the risk and the decision. */
export function AssessmentForm({ organisationId, sources, validityYears, today }: { organisationId: string; sources: string[]; validityYears: number; today: string }) {
  const say = useSay();
  const t = useTranslations("forms.assessment");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(recordAssessmentAction, () => import("@/lib/diligence/schema").then((m) => ({ schema: m.assessmentSchema, read: m.assessmentFormValues })));
  const values = state.values;
  const checked = new Set(values?.sourcesChecked ?? []);
  return (
    <form id="new-assessment" action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="scroll-mt-4 space-y-3" key={state.attempt}>
      <input type="hidden" name="organisationId" value={organisationId} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          {t("recorded")}
        </p>
      )}
      <fieldset aria-describedby={errors.sourcesChecked ? "sourcesChecked-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("sources")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {sources.map((source) => (
            <label key={source} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="sourcesChecked" value={source} defaultChecked={checked.has(source)} className="h-4 w-4" />
              {source}
            </label>
          ))}
        </div>
        {errors.sourcesChecked && (
          <p id="sourcesChecked-error" className="mt-1 text-sm text-red-700">
            {say(errors.sourcesChecked)}
          </p>
        )}
      </fieldset>
      <Field label={t("findings")} name="findings" error={errors.findings}>
        <textarea id="findings" name="findings" rows={3} defaultValue={values?.findings ?? ""} className={inputClass} aria-invalid={!!errors.findings} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("assessedOn")} name="assessedOn" error={errors.assessedOn}>
          <input id="assessedOn" name="assessedOn" type="date" defaultValue={values?.assessedOn ?? today} className={inputClass} aria-invalid={!!errors.assessedOn} />
        </Field>
        <Field label={t("validUntil")} name="validUntil" error={errors.validUntil} hint={t("validUntilHint", { years: validityYears })}>
          <input id="validUntil" name="validUntil" type="date" defaultValue={values?.validUntil ?? ""} className={inputClass} aria-invalid={!!errors.validUntil} />
        </Field>
        <Field label={t("risk")} name="risk" error={errors.risk}>
          <select id="risk" name="risk" defaultValue={values?.risk ?? ""} className={inputClass} aria-invalid={!!errors.risk}>
            <option value="">{tForms("choose")}</option>
            <CodeOptions list="riskRatings" />
          </select>
        </Field>
        <Field label={t("decision")} name="decision" error={errors.decision}>
          <select id="decision" name="decision" defaultValue={values?.decision ?? ""} className={inputClass} aria-invalid={!!errors.decision}>
            <option value="">{tForms("choose")}</option>
            <CodeOptions list="diligenceDecisions" />
          </select>
        </Field>
      </div>
      <Field label={t("mitigations")} name="mitigations" error={errors.mitigations} hint={t("mitigationsHint")}>
        <textarea id="mitigations" name="mitigations" rows={2} defaultValue={values?.mitigations ?? ""} className={inputClass} aria-invalid={!!errors.mitigations} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
