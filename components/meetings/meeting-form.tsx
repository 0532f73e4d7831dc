"use client";

import { CustomInputs } from "@/components/custom-fields/custom-inputs";
import type { FieldErrors } from "@/lib/domain/action-result";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { Section } from "@/components/ui/section";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveMeetingAction } from "@/lib/meetings/actions";
import type { MeetingFormOptions } from "@/lib/meetings/queries";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import { CodeOptions } from "@/components/ui/code-options";
import { OfficeSelect } from "@/components/offices/office-select";
import { useSay } from "@/lib/i18n/use-say";

export function MeetingForm({
  options,
  record,
}: {
  options: MeetingFormOptions;
  record?: { id: string; version: number; values: MeetingFormValues };
}) {
  const say = useSay();
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(
    saveMeetingAction,
    () => import("@/lib/meetings/schema").then((m) => ({ schema: m.meetingSchema, read: m.meetingFormValues })),
    options.customFields,
  );
  const empty: MeetingFormValues = {
    agreementId: options.agreement.id,
    kind: "ANNUAL_REVIEW",
    title: "",
    heldOn: "",
    status: "PLANNED",
    location: "",
    officeId: "",
    online: false,
    agenda: "",
    minutes: "",
    decisions: "",
    minutesShared: false,
    participants: [],
    actionItems: [],
  };
  const values = state.values ?? record?.values ?? empty;
  const t = useTranslations("forms.meeting");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6" key={state.attempt}>
      <input type="hidden" name="agreementId" value={options.agreement.id} />
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />
      <Section title={t("section")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("title")} name="title" error={errors.title} className="sm:col-span-2">
            <input id="title" name="title" defaultValue={values.title} className={inputClass} aria-invalid={!!errors.title} />
          </Field>
          <Field label={t("kind")} name="kind" error={errors.kind}>
            <select id="kind" name="kind" defaultValue={values.kind} className={inputClass}>
              <CodeOptions list="meetingKinds" />
            </select>
          </Field>
          <Field label={t("status")} name="status" error={errors.status}>
            <select id="status" name="status" defaultValue={values.status} className={inputClass}>
              <CodeOptions list="meetingStatuses" />
            </select>
          </Field>
          <Field label={t("date")} name="heldOn" error={errors.heldOn}>
            <input id="heldOn" name="heldOn" type="date" defaultValue={values.heldOn} className={inputClass} aria-invalid={!!errors.heldOn} />
          </Field>
          <Field label={t("place")} name="location" error={errors.location} className="sm:col-span-2">
            <input id="location" name="location" defaultValue={values.location} className={inputClass} />
          </Field>
          <label className="flex items-center gap-2 text-sm text-slate-700 sm:mt-6">
            <input type="checkbox" name="online" defaultChecked={values.online} className="rounded border-slate-300" />
            {t("online")}
          </label>
          <Field label={t("office")} name="officeId" error={errors.officeId} hint={t("officeHint")} className="sm:col-span-2">
            <OfficeSelect id="officeId" name="officeId" offices={options.offices} value={values.officeId ?? ""} current={record?.values.officeId} empty={t("agreementsOffice")} invalid={!!errors.officeId} />
          </Field>
          <Field label={t("participants")} name="participants" error={errors.participants} hint={t("participantsHint")} className="sm:col-span-4">
            <textarea id="participants" name="participants" rows={3} defaultValue={values.participants.join("\n")} className={inputClass} />
          </Field>
          <Field label={t("agenda")} name="agenda" error={errors.agenda} className="sm:col-span-4">
            <textarea id="agenda" name="agenda" rows={3} defaultValue={values.agenda} className={inputClass} />
          </Field>
        </div>
      </Section>
      <Section title={t("minutesSection")}>
        <div className="grid gap-4">
          <Field label={t("minutes")} name="minutes" error={errors.minutes}>
            <textarea id="minutes" name="minutes" rows={6} defaultValue={values.minutes} className={inputClass} />
          </Field>
          <Field label={t("decisions")} name="decisions" error={errors.decisions}>
            <textarea id="decisions" name="decisions" rows={3} defaultValue={values.decisions} className={inputClass} />
          </Field>
          <div>
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="minutesShared" defaultChecked={values.minutesShared} className="rounded border-slate-300" />
              {t("share")}
            </label>
            {errors.minutesShared && <p className="mt-1 text-sm text-red-700">{say(errors.minutesShared)}</p>}
          </div>
        </div>
      </Section>
      <ActionItemsEditor key={state.attempt} options={options} initial={values.actionItems} errors={errors} />
      <CustomInputs fields={options.customFields} values={values.custom} errors={errors} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? tForms("saveChanges") : t("create")}
        </Button>
      </div>
    </form>
  );
}

function ActionItemsEditor({
  options,
  initial,
  errors,
}: {
  options: MeetingFormOptions;
  initial: MeetingFormValues["actionItems"];
  errors: FieldErrors;
}) {
  const t = useTranslations("forms.meeting");
  const tForms = useTranslations("forms");
  const [rows, setRows] = useState(() => initial.map((item, i) => ({ ...item, key: i })));
  const [nextKey, setNextKey] = useState(initial.length);
  // An item added from the keyboard takes the focus, so its description is the next thing typed.
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Section title={t("items")}>
      {rows.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("noItems")}</p>}
      <div className="space-y-5">
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <div key={row.key} className="grid gap-3 border-b border-slate-100 pb-5 sm:grid-cols-6">
              <input type="hidden" name="itemId" value={row.id ?? ""} />
              <Field label={t("item", { n })} name={`item-${i}`} error={errors[`actionItems.${i}.description`]} className="sm:col-span-6">
                <input id={`item-${i}`} name="itemDescription" defaultValue={row.description} className={inputClass} autoFocus={row.key === added} />
              </Field>
              <Field label={t("itemOwner", { n })} name={`item-owner-${i}`} error={errors[`actionItems.${i}.ownerOrganisationId`]} className="sm:col-span-2">
                <select id={`item-owner-${i}`} name="itemOwner" defaultValue={row.ownerOrganisationId ?? ""} className={inputClass}>
                  <option value="">{t("notAssigned")}</option>
                  {options.owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t("itemDue", { n })} name={`item-due-${i}`} error={errors[`actionItems.${i}.dueOn`]}>
                <input id={`item-due-${i}`} name="itemDueOn" type="date" defaultValue={row.dueOn ?? ""} className={inputClass} />
              </Field>
              <Field label={t("itemStatus", { n })} name={`item-status-${i}`} error={errors[`actionItems.${i}.status`]}>
                <select id={`item-status-${i}`} name="itemStatus" defaultValue={row.status ?? "OPEN"} className={inputClass}>
                  <CodeOptions list="actionItemStatuses" />
                </select>
              </Field>
              <Field label={t("itemProject", { n })} name={`item-project-${i}`} error={errors[`actionItems.${i}.projectId`]}>
                <select id={`item-project-${i}`} name="itemProject" defaultValue={row.projectId ?? ""} className={inputClass}>
                  <option value="">{t("none")}</option>
                  {options.projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.code} {p.title}
                    </option>
                  ))}
                </select>
              </Field>
              <Button variant="secondary" className="sm:mt-6" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t("removeItem", { n })}>
                {tForms("remove")}
              </Button>
            </div>
          );
        })}
      </div>
      <Button
        variant="secondary"
        className="mt-4"
        onClick={() => {
          setRows([...rows, { id: "", description: "", ownerOrganisationId: "", dueOn: "", status: "OPEN", projectId: "", key: nextKey }]);
          setAdded(nextKey);
          setNextKey(nextKey + 1);
        }}
      >
        {t("addItem")}
      </Button>
    </Section>
  );
}
