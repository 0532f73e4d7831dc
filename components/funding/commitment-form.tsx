"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveCommitmentAction } from "@/lib/funding/actions";
import { ScheduleEditor } from "./schedule-editor";

/**
 * Records what a party commits under the agreement (optionally for one of its projects), with the
 * instalments it is to be paid in: one submission. A party that is not yet a funding party becomes one.
 */
export function CommitmentForm({
  agreementId,
  funders,
  projects,
}: {
  agreementId: string;
  funders: { id: string; name: string; funding: boolean }[];
  projects: { id: string; code: string; title: string }[];
}) {
  const t = useTranslations("forms.commitment");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveCommitmentAction, () => import("@/lib/funding/schema").then((m) => ({ schema: m.commitmentSchema, read: m.commitmentFormValues })));
  const values = state.values;
  // What the schedule's remainder is counted against, as typed.
  const [committed, setCommitted] = useState({ amount: values?.amount ?? "", currency: values?.currency ?? "" });
  const others = funders.filter((f) => !f.funding);
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <input type="hidden" name="agreementId" value={agreementId} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && <p role="status" className="text-sm text-emerald-700">{t("recorded")}</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("funder")} name="organisationId" error={errors.organisationId} hint={others.length ? t("funderHint") : undefined}>
          <select id="organisationId" name="organisationId" defaultValue={values?.organisationId ?? funders[0]?.id} className={inputClass}>
            {funders.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
                {f.funding ? "" : " (becomes a funding party)"}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("project")} name="projectId" error={errors.projectId} hint={t("projectHint")}>
          <select id="projectId" name="projectId" defaultValue={values?.projectId ?? ""} className={inputClass}>
            <option value="">{t("notEarmarked")}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} {p.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("amount")} name="amount" error={errors.amount}>
          <input
            id="amount"
            name="amount"
            inputMode="decimal"
            defaultValue={values?.amount ?? ""}
            onChange={(event) => setCommitted({ ...committed, amount: event.target.value })}
            className={inputClass}
            aria-invalid={!!errors.amount}
          />
        </Field>
        <Field label={t("currency")} name="currency" error={errors.currency} hint={t("currencyHint")}>
          <input
            id="currency"
            name="currency"
            maxLength={3}
            defaultValue={values?.currency ?? ""}
            onChange={(event) => setCommitted({ ...committed, currency: event.target.value.toUpperCase() })}
            className={`${inputClass} uppercase`}
            aria-invalid={!!errors.currency}
          />
        </Field>
        <Field label={t("committedOn")} name="committedOn" error={errors.committedOn}>
          <input id="committedOn" name="committedOn" type="date" defaultValue={values?.committedOn ?? ""} className={inputClass} />
        </Field>
        <Field label={t("description")} name="description" error={errors.description}>
          <input id="description" name="description" defaultValue={values?.description ?? ""} className={inputClass} />
        </Field>
      </div>
      <ScheduleEditor initial={values?.schedule ?? []} committed={committed.amount} currency={committed.currency} errors={errors} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
