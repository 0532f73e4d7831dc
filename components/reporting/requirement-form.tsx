"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveRequirementAction } from "@/lib/reporting/actions";

/** What a partner must report on the project, and how often: the due reports are generated from it. */
export function RequirementForm({ projectId, partners }: { projectId: string; partners: { id: string; name: string }[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveRequirementAction, () => import("@/lib/reporting/schema").then((m) => ({ schema: m.requirementSchema, read: m.requirementFormValues })));
  const values = state.values;
  const t = useTranslations("forms.requirement");
  const tCommon = useTranslations("common");
  if (partners.length === 0) return <p className="text-sm text-slate-600">{t("noPartner")}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-3" key={state.attempt}>
      <input type="hidden" name="projectId" value={projectId} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          {t("recorded")}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("reportedBy")} name="organisationId" error={errors.organisationId}>
          <select id="organisationId" name="organisationId" defaultValue={values?.organisationId ?? partners[0].id} className={inputClass}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("kind")} name="kind" error={errors.kind}>
          <select id="kind" name="kind" defaultValue={values?.kind ?? "PROGRESS"} className={inputClass}>
            <CodeOptions list="reportKinds" />
          </select>
        </Field>
        <Field label={t("every")} name="everyMonths" error={errors.everyMonths} hint={t("everyHint")}>
          <input id="everyMonths" name="everyMonths" inputMode="numeric" defaultValue={values?.everyMonths ?? ""} className={inputClass} aria-invalid={!!errors.everyMonths} />
        </Field>
        <Field label={t("firstDue")} name="firstDueOn" error={errors.firstDueOn} hint={t("firstDueHint")}>
          <input id="firstDueOn" name="firstDueOn" type="date" defaultValue={values?.firstDueOn ?? ""} className={inputClass} />
        </Field>
        <Field label={t("lastDue")} name="lastDueOn" error={errors.lastDueOn} hint={t("lastDueHint")}>
          <input id="lastDueOn" name="lastDueOn" type="date" defaultValue={values?.lastDueOn ?? ""} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
