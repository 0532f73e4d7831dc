"use client";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveCommitmentAction } from "@/lib/funding/actions";

/** Records what a funding party commits under the agreement (optionally for one of its projects). */
export function CommitmentForm({
  agreementId,
  funders,
  projects,
}: {
  agreementId: string;
  funders: { id: string; name: string }[];
  projects: { id: string; code: string; title: string }[];
}) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveCommitmentAction, () => import("@/lib/funding/schema").then((m) => ({ schema: m.commitmentSchema, read: m.commitmentFormValues })));
  const values = state.values;
  if (funders.length === 0) {
    return <p className="text-sm text-slate-600">This agreement has no funding party: edit the agreement to add one, then record its commitment.</p>;
  }
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <input type="hidden" name="agreementId" value={agreementId} />
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && <p role="status" className="text-sm text-emerald-700">The commitment was recorded.</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Funding party" name="organisationId" error={errors.organisationId}>
          <select id="organisationId" name="organisationId" defaultValue={values?.organisationId ?? funders[0].id} className={inputClass}>
            {funders.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="For project" name="projectId" error={errors.projectId} hint="Where the money is earmarked, if it is.">
          <select id="projectId" name="projectId" defaultValue={values?.projectId ?? ""} className={inputClass}>
            <option value="">Not earmarked</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} {p.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Amount committed" name="amount" error={errors.amount}>
          <input id="amount" name="amount" inputMode="decimal" defaultValue={values?.amount ?? ""} className={inputClass} aria-invalid={!!errors.amount} />
        </Field>
        <Field label="Currency" name="currency" error={errors.currency} hint="ISO 4217, e.g. USD">
          <input id="currency" name="currency" maxLength={3} defaultValue={values?.currency ?? ""} className={`${inputClass} uppercase`} aria-invalid={!!errors.currency} />
        </Field>
        <Field label="Committed on" name="committedOn" error={errors.committedOn}>
          <input id="committedOn" name="committedOn" type="date" defaultValue={values?.committedOn ?? ""} className={inputClass} />
        </Field>
        <Field label="Description" name="description" error={errors.description}>
          <input id="description" name="description" defaultValue={values?.description ?? ""} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Record the commitment"}
        </Button>
      </div>
    </form>
  );
}
