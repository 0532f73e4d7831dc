"use client";

import { OfficeSelect } from "@/components/offices/office-select";
import { useTranslations } from "next-intl";
import { OfficerSelect } from "@/components/users/officer-select";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { PartiesEditor } from "@/components/ui/parties-editor";
import { Section } from "@/components/ui/section";
import { useRecordForm } from "@/components/ui/use-record-form";
import { ThemeCheckboxes } from "@/components/ui/theme-checkboxes";
import { saveAgreementAction } from "@/lib/agreements/actions";
import type { AgreementFormOptions } from "@/lib/agreements/queries";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { CodeOptions } from "@/components/ui/code-options";
import type { CodeList } from "@/lib/domain/codes";
import { CustomInputs } from "@/components/custom-fields/custom-inputs";

const EMPTY: AgreementFormValues = {
  reference: "",
  title: "",
  instrument: "" as never,
  modality: "" as never,
  status: "DRAFT",
  signedOn: "",
  effectiveOn: "",
  expiresOn: "",
  meetingCycleMonths: "12",
  countries: "",
  themeIds: [],
  contributionAmount: "",
  contributionCurrency: "",
  summary: "",
  responsibleOfficerId: "",
  officeId: "",
  parties: [
    { organisationId: "", role: "SIGNATORY" },
    { organisationId: "", role: "SIGNATORY" },
  ],
  renewsId: "",
};

export function AgreementForm({
  options,
  record,
  initial,
  statuses,
}: {
  options: AgreementFormOptions;
  /** A new agreement's starting values (a renewal starts from its predecessor). */
  initial?: AgreementFormValues;
  /** The agreement being edited; none for a new one. */
  record?: { id: string; version: number; values: AgreementFormValues };
  /** The statuses it may be saved with. */
  statuses: AgreementStatus[];
}) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(
    saveAgreementAction,
    () => import("@/lib/agreements/schema").then((m) => ({ schema: m.agreementSchema, read: m.agreementFormValues })),
    options.customFields,
  );
  const values = state.values ?? record?.values ?? initial ?? EMPTY;
  const t = useTranslations("forms.agreement");
  const tForms = useTranslations("forms");
  const tCodes = useTranslations("codes");
  const tCommon = useTranslations("common");

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6" key={state.attempt}>
      {values.renewsId && <input type="hidden" name="renewsId" value={values.renewsId} />}
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />

      <Section title={t("section")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("reference")} name="reference" error={errors.reference}>
            <input id="reference" name="reference" defaultValue={values.reference} className={inputClass} aria-invalid={!!errors.reference} />
          </Field>
          <Field label={t("title")} name="title" error={errors.title} className="sm:col-span-2">
            <input id="title" name="title" defaultValue={values.title} className={inputClass} aria-invalid={!!errors.title} />
          </Field>
          <Field label={t("instrument")} name="instrument" error={errors.instrument}>
            <Select name="instrument" value={values.instrument} list="instruments" placeholder={tForms("choose")} invalid={!!errors.instrument} />
          </Field>
          <Field label={t("modality")} name="modality" error={errors.modality}>
            <Select name="modality" value={values.modality} list="modalities" placeholder={tForms("choose")} invalid={!!errors.modality} />
          </Field>
          <Field label={t("status")} name="status" error={errors.status}>
            <select id="status" name="status" defaultValue={values.status} className={inputClass} aria-invalid={!!errors.status}>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {tCodes(`agreementStatuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {!record && (
            <label className="flex items-start gap-2 text-sm text-slate-700 sm:col-span-3">
              <input type="checkbox" name="signedBefore" value="1" defaultChecked={values.signedBefore} className="mt-0.5 rounded border-slate-300" />
              <span>
                {t("signedBefore")}
                <span className="block text-xs text-slate-500">{t("signedBeforeHint")}</span>
              </span>
            </label>
          )}
          <Field label={t("summary")} name="summary" error={errors.summary} className="sm:col-span-3">
            <textarea id="summary" name="summary" rows={3} defaultValue={values.summary} className={inputClass} />
          </Field>
        </div>
      </Section>

      <PartiesEditor key={state.attempt} organisations={options.organisations} initial={values.parties} errors={errors} />

      <Section title={t("dates")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("signed")} name="signedOn" error={errors.signedOn}>
            <input id="signedOn" name="signedOn" type="date" defaultValue={values.signedOn} className={inputClass} />
          </Field>
          <Field label={t("effective")} name="effectiveOn" error={errors.effectiveOn}>
            <input id="effectiveOn" name="effectiveOn" type="date" defaultValue={values.effectiveOn} className={inputClass} />
          </Field>
          <Field label={t("expires")} name="expiresOn" error={errors.expiresOn} hint={t("expiresHint")}>
            <input id="expiresOn" name="expiresOn" type="date" defaultValue={values.expiresOn} className={inputClass} aria-invalid={!!errors.expiresOn} />
          </Field>
          <Field label={t("cycle")} name="meetingCycleMonths" error={errors.meetingCycleMonths} hint={t("cycleHint")}>
            <input id="meetingCycleMonths" name="meetingCycleMonths" inputMode="numeric" defaultValue={values.meetingCycleMonths} className={inputClass} />
          </Field>
        </div>
      </Section>

      <Section title={t("scope")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("countries")} name="countries" error={errors.countries} hint={t("countriesHint")} className="sm:col-span-2">
            <input id="countries" name="countries" defaultValue={values.countries} className={inputClass} aria-invalid={!!errors.countries} />
          </Field>
          <Field label={t("amount")} name="contributionAmount" error={errors.contributionAmount}>
            <input id="contributionAmount" name="contributionAmount" inputMode="decimal" defaultValue={values.contributionAmount} className={inputClass} aria-invalid={!!errors.contributionAmount} />
          </Field>
          <Field label={t("currency")} name="contributionCurrency" error={errors.contributionCurrency} hint={t("currencyHint")}>
            <input id="contributionCurrency" name="contributionCurrency" maxLength={3} defaultValue={values.contributionCurrency} className={inputClass} aria-invalid={!!errors.contributionCurrency} />
          </Field>
          <Field label={t("office")} name="officeId" error={errors.officeId} hint={t("officeHint")} className="sm:col-span-2">
            <OfficeSelect id="officeId" name="officeId" offices={options.offices} value={values.officeId || options.viewerOfficeId} current={record?.values.officeId} invalid={!!errors.officeId} />
          </Field>
          <Field label={t("officer")} name="responsibleOfficerId" error={errors.responsibleOfficerId} className="sm:col-span-2">
            <OfficerSelect officers={options.officers} value={values.responsibleOfficerId} empty={t("nobody")} />
          </Field>
        </div>
        <ThemeCheckboxes themes={options.themes} checked={values.themeIds} error={errors.themeIds} />
      </Section>

      <CustomInputs fields={options.customFields} values={values.custom} errors={errors} />

      <div className="flex justify-end gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? tForms("saveChanges") : t("create")}
        </Button>
      </div>
    </form>
  );
}

function Select({
  name,
  value,
  list,
  placeholder,
  invalid,
}: {
  name: string;
  value: string;
  list: CodeList;
  placeholder: string;
  invalid: boolean;
}) {
  return (
    <select id={name} name={name} defaultValue={value} className={inputClass} aria-invalid={invalid}>
      <option value="">{placeholder}</option>
      <CodeOptions list={list} />
    </select>
  );
}
