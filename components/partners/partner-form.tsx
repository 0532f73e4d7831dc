"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldErrors } from "@/lib/domain/action-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { Section } from "@/components/ui/section";
import { useRecordForm } from "@/components/ui/use-record-form";
import { savePartnerAction } from "@/lib/partners/actions";
import type { PartnerFormValues } from "@/lib/partners/schema";
import { CodeOptions } from "@/components/ui/code-options";
import { CustomInputs } from "@/components/custom-fields/custom-inputs";
import type { FieldDefinition } from "@/lib/custom-fields/values";

const EMPTY: PartnerFormValues = {
  name: "",
  acronym: "",
  kind: "" as never,
  country: "",
  website: "",
  internalNotes: "",
  contacts: [{ id: "", name: "", title: "", email: "", phone: "" }],
};

export function PartnerForm({ record, customFields }: { record?: { id: string; version: number; values: PartnerFormValues }; customFields: FieldDefinition[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(
    savePartnerAction,
    () => import("@/lib/partners/schema").then((m) => ({ schema: m.partnerSchema, read: m.partnerFormValues })),
    customFields,
  );
  const values = state.values ?? record?.values ?? EMPTY;
  const t = useTranslations("forms.partner");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6" key={state.attempt}>
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />
      <Section title={t("section")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("name")} name="name" error={errors.name} className="sm:col-span-2">
            <input id="name" name="name" defaultValue={values.name} className={inputClass} aria-invalid={!!errors.name} />
          </Field>
          <Field label={t("acronym")} name="acronym" error={errors.acronym}>
            <input id="acronym" name="acronym" defaultValue={values.acronym} className={inputClass} />
          </Field>
          <Field label={t("kind")} name="kind" error={errors.kind}>
            <select id="kind" name="kind" defaultValue={values.kind} className={inputClass} aria-invalid={!!errors.kind}>
              <option value="">{tForms("choose")}</option>
              <CodeOptions list="organisationKinds" />
            </select>
          </Field>
          <Field label={t("country")} name="country" error={errors.country} hint={t("countryHint")}>
            <input id="country" name="country" maxLength={2} defaultValue={values.country} className={inputClass} aria-invalid={!!errors.country} />
          </Field>
          <Field label={t("website")} name="website" error={errors.website}>
            <input id="website" name="website" type="url" defaultValue={values.website} className={inputClass} aria-invalid={!!errors.website} />
          </Field>
          <Field label={t("notes")} name="internalNotes" error={errors.internalNotes} hint={t("notesHint")} className="sm:col-span-3">
            <textarea id="internalNotes" name="internalNotes" rows={3} defaultValue={values.internalNotes} className={inputClass} />
          </Field>
        </div>
      </Section>
      <ContactsEditor key={state.attempt} initial={values.contacts} errors={errors} />
      <CustomInputs fields={customFields} values={values.custom} errors={errors} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? tForms("saveChanges") : t("create")}
        </Button>
      </div>
    </form>
  );
}

function ContactsEditor({ initial, errors }: { initial: PartnerFormValues["contacts"]; errors: FieldErrors }) {
  const t = useTranslations("forms.partner");
  const tForms = useTranslations("forms");
  const [rows, setRows] = useState(() => initial.map((c, i) => ({ ...c, key: i })));
  const [nextKey, setNextKey] = useState(initial.length);
  const fields = [
    ["name", "contactName"],
    ["title", "contactTitle"],
    ["email", "contactEmail"],
    ["phone", "contactPhone"],
  ] as const;
  return (
    <Section title={t("contacts")}>
      <div className="space-y-4">
        {rows.map((row, i) => (
          <div key={row.key} className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_10rem_auto] sm:items-start">
            <input type="hidden" name="contactId" value={row.id ?? ""} />
            {fields.map(([field, label]) => {
              const name = `contact${field[0].toUpperCase()}${field.slice(1)}`;
              return (
                <Field key={field} label={t(label, { n: i + 1 })} name={`${name}-${i}`} error={errors[`contacts.${i}.${field}`]}>
                  <input id={`${name}-${i}`} name={name} defaultValue={row[field] ?? ""} className={inputClass} />
                </Field>
              );
            })}
            <Button variant="secondary" className="sm:mt-6" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
              {tForms("remove")}
            </Button>
          </div>
        ))}
      </div>
      <Button
        variant="secondary"
        className="mt-4"
        onClick={() => {
          setRows([...rows, { id: "", name: "", title: "", email: "", phone: "", key: nextKey }]);
          setNextKey(nextKey + 1);
        }}
      >
        {t("addContact")}
      </Button>
    </Section>
  );
}
