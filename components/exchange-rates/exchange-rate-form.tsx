"use client";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveExchangeRateAction } from "@/lib/exchange-rates/actions";
import { useTranslations } from "next-intl";

/** Records a month's rate for one currency. */
export function ExchangeRateForm({ month }: { month: string }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveExchangeRateAction, () => import("@/lib/exchange-rates/schema").then((m) => ({ schema: m.exchangeRateSchema, read: m.exchangeRateFormValues })));
  const values = state.values;
  const t = useTranslations("forms.rates");
  const tCommon = useTranslations("common");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && <p role="status" className="text-sm text-emerald-700">{t("recorded")}</p>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("currency")} name="currency" error={errors.currency} hint={t("currencyHint")}>
          <input id="currency" name="currency" maxLength={3} defaultValue={values?.currency ?? ""} className={`${inputClass} uppercase`} aria-invalid={!!errors.currency} />
        </Field>
        <Field label={t("month")} name="month" error={errors.month} hint={t("monthHint")}>
          <input id="month" name="month" type="month" defaultValue={values?.month ?? month} className={inputClass} aria-invalid={!!errors.month} />
        </Field>
        <Field label={t("usdPerUnit")} name="usdPerUnit" error={errors.usdPerUnit}>
          <input id="usdPerUnit" name="usdPerUnit" inputMode="decimal" defaultValue={values?.usdPerUnit ?? ""} className={inputClass} aria-invalid={!!errors.usdPerUnit} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("record")}
        </Button>
      </div>
    </form>
  );
}
