"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveInstalmentAction } from "@/lib/funding/actions";

/** Adds an expected payment to one commitment's schedule. */
export function InstalmentForm({ commitments }: { commitments: { id: string; label: string }[] }) {
  const t = useTranslations("forms.instalment");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveInstalmentAction, () => import("@/lib/funding/schema").then((m) => ({ schema: m.instalmentSchema, read: m.instalmentFormValues })));
  const values = state.values;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && <p role="status" className="text-sm text-emerald-700">{t("added")}</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("commitment")} name="commitmentId" error={errors.commitmentId} className="sm:col-span-2">
          <select id="commitmentId" name="commitmentId" defaultValue={values?.commitmentId ?? commitments[0]?.id} className={inputClass}>
            {commitments.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("dueOn")} name="dueOn" error={errors.dueOn}>
          <input id="dueOn" name="dueOn" type="date" defaultValue={values?.dueOn ?? ""} className={inputClass} aria-invalid={!!errors.dueOn} />
        </Field>
        <Field label={t("amount")} name="instalmentAmount" error={errors.instalmentAmount} hint={t("amountHint")}>
          <input id="instalmentAmount" name="instalmentAmount" inputMode="decimal" defaultValue={values?.instalmentAmount ?? ""} className={inputClass} aria-invalid={!!errors.instalmentAmount} />
        </Field>
        <Field label={t("condition")} name="condition" error={errors.condition} hint={t("conditionHint")} className="sm:col-span-2">
          <input id="condition" name="condition" defaultValue={values?.condition ?? ""} className={inputClass} />
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
