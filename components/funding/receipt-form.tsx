"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveReceiptAction } from "@/lib/funding/actions";

/** Records money received against one instalment; more than the instalment is accepted and flagged. */
export function ReceiptForm({
  instalments,
  today,
  initial,
}: {
  instalments: { id: string; label: string }[];
  today: string;
  /** Opened from an instalment's "Record a receipt": that instalment, and what is outstanding on it. */
  initial?: { instalmentId: string; amount: string };
}) {
  const t = useTranslations("forms.receipt");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveReceiptAction, () => import("@/lib/funding/schema").then((m) => ({ schema: m.receiptSchema(new Date(`${today}T00:00:00Z`)), read: m.receiptFormValues })));
  const values = state.values;
  const overBy = state.result?.ok ? (state.result as { overBy?: string | null }).overBy : null;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && (
        <p role="status" className={`text-sm ${overBy ? "text-amber-800" : "text-emerald-700"}`}>
          {t("recorded")}
          {overBy && ` ${t("overBy", { amount: overBy })}`}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("instalment")} name="instalmentId" error={errors.instalmentId} className="sm:col-span-2">
          <select id="instalmentId" name="instalmentId" defaultValue={values?.instalmentId ?? initial?.instalmentId ?? instalments[0]?.id} className={inputClass}>
            {instalments.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("receivedOn")} name="receivedOn" error={errors.receivedOn}>
          <input id="receivedOn" name="receivedOn" type="date" max={today} defaultValue={values?.receivedOn ?? today} className={inputClass} aria-invalid={!!errors.receivedOn} />
        </Field>
        <Field label={t("amount")} name="receiptAmount" error={errors.receiptAmount}>
          <input id="receiptAmount" name="receiptAmount" inputMode="decimal" defaultValue={values?.receiptAmount ?? initial?.amount ?? ""} className={inputClass} aria-invalid={!!errors.receiptAmount} />
        </Field>
        <Field label={t("reference")} name="reference" error={errors.reference} hint={t("referenceHint")} className="sm:col-span-2">
          <input id="reference" name="reference" defaultValue={values?.reference ?? ""} className={inputClass} />
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
