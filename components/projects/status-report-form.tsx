"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveStatusReportAction } from "@/lib/projects/actions";
import type { StatusReportFormValues } from "@/lib/projects/schema";
import { CodeOptions } from "@/components/ui/code-options";

export function StatusReportForm({
  projectId,
  today,
  record,
}: {
  projectId: string;
  today: string;
  /** A report being corrected; none to add a new one. */
  record?: { id: string; version: number; values: StatusReportFormValues };
}) {
  const t = useTranslations("forms.statusReport");
  const tCommon = useTranslations("common");
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveStatusReportAction, () => import("@/lib/projects/schema").then((m) => ({ schema: m.statusReportSchema, read: m.statusReportFormValues })));
  const values = state.values ?? record?.values;
  return (
    <form id={record ? undefined : "new-status-report"} action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <input type="hidden" name="projectId" value={projectId} />
      {record && (
        <>
          <input type="hidden" name="reportId" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      )}
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && <p role="status" className="text-sm text-emerald-700">{t("added")}</p>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("date")} name="reportedOn" error={errors.reportedOn}>
          <input id="reportedOn" name="reportedOn" type="date" defaultValue={values?.reportedOn ?? today} className={inputClass} />
        </Field>
        <Field label={t("health")} name="health" error={errors.health}>
          <select id="health" name="health" defaultValue={values?.health ?? "ON_TRACK"} className={inputClass}>
            <CodeOptions list="healths" />
          </select>
        </Field>
        <Field label={t("progress")} name="progressPercent" error={errors.progressPercent}>
          <input id="progressPercent" name="progressPercent" inputMode="numeric" defaultValue={values?.progressPercent ?? ""} className={inputClass} aria-invalid={!!errors.progressPercent} />
        </Field>
        <Field label={t("summary")} name="summary" error={errors.summary} className="sm:col-span-3">
          <textarea id="summary" name="summary" rows={2} defaultValue={values?.summary ?? ""} className={inputClass} aria-invalid={!!errors.summary} />
        </Field>
        <Field label={t("risks")} name="risks" error={errors.risks} hint={t("risksHint")} className="sm:col-span-3">
          <textarea id="risks" name="risks" rows={2} defaultValue={values?.risks ?? ""} className={inputClass} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? t("save") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
