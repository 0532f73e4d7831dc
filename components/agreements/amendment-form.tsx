"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveAmendmentAction } from "@/lib/amendments/actions";

/** Records the agreement's next amendment; an extension asks for the new expiry, a budget revision for the new contribution. */
export function AmendmentForm({ agreementId, version, today }: { agreementId: string; version: number; today: string }) {
  const t = useTranslations("forms.amendment");
  const tCommon = useTranslations("common");
  const tForms = useTranslations("forms");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveAmendmentAction, () => import("@/lib/amendments/schema").then((m) => ({ schema: m.amendmentSchema, read: m.amendmentFormValues })));
  const values = state.values;
  const [kind, setKind] = useState<string>(values?.kind ?? "NO_COST_EXTENSION");
  return (
    <>
      {state.result?.ok && (
        <p role="status" className="mt-3 text-sm text-emerald-700">
          {t("recorded")}
        </p>
      )}
      <details id="record-amendment" className="mt-4 rounded-md border border-slate-200 p-3 open:bg-slate-50" open={Boolean(state.result && !state.result.ok)}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("open")}</summary>
        <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="mt-3 space-y-4" key={state.attempt}>
          <input type="hidden" name="agreementId" value={agreementId} />
          <input type="hidden" name="version" value={version} />
          <Refusal result={state.result} clientErrors={clientErrors} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("kind")} name="kind" error={errors.kind}>
              <select id="kind" name="kind" defaultValue={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
                <CodeOptions list="amendmentKinds" />
              </select>
            </Field>
            <Field label={t("signedOn")} name="signedOn" error={errors.signedOn}>
              <input id="signedOn" name="signedOn" type="date" max={today} defaultValue={values?.signedOn ?? today} className={inputClass} aria-invalid={!!errors.signedOn} />
            </Field>
            {kind === "NO_COST_EXTENSION" && (
              <Field label={t("newExpiry")} name="newExpiresOn" error={errors.newExpiresOn}>
                <input id="newExpiresOn" name="newExpiresOn" type="date" defaultValue={values?.newExpiresOn ?? ""} className={inputClass} aria-invalid={!!errors.newExpiresOn} />
              </Field>
            )}
            {kind === "BUDGET_REVISION" && (
              <>
                <Field label={t("newContribution")} name="newContributionAmount" error={errors.newContributionAmount}>
                  <input id="newContributionAmount" name="newContributionAmount" inputMode="decimal" defaultValue={values?.newContributionAmount ?? ""} className={inputClass} aria-invalid={!!errors.newContributionAmount} />
                </Field>
                <Field label={t("currency")} name="newContributionCurrency" error={errors.newContributionCurrency} hint={tForms("commitment.currencyHint")}>
                  <input id="newContributionCurrency" name="newContributionCurrency" maxLength={3} defaultValue={values?.newContributionCurrency ?? ""} className={`${inputClass} uppercase`} aria-invalid={!!errors.newContributionCurrency} />
                </Field>
              </>
            )}
            <Field label={t("summary")} name="summary" error={errors.summary} className="sm:col-span-2">
              <textarea id="summary" name="summary" rows={2} defaultValue={values?.summary ?? ""} className={inputClass} aria-invalid={!!errors.summary} />
            </Field>
          </div>
          <p className="text-xs text-slate-500">{t("attachLater")}</p>
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? tCommon("saving") : t("submit")}
            </Button>
          </div>
        </form>
      </details>
    </>
  );
}
