"use client";

import { OfficeSelect } from "@/components/offices/office-select";
import { useTranslations } from "next-intl";
import { OfficerSelect } from "@/components/users/officer-select";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { PartiesEditor } from "@/components/ui/parties-editor";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { Section } from "@/components/ui/section";
import { useRecordForm } from "@/components/ui/use-record-form";
import { ThemeCheckboxes } from "@/components/ui/theme-checkboxes";
import { saveProjectAction } from "@/lib/projects/actions";
import type { ProjectFormOptions } from "@/lib/projects/queries";
import type { ProjectFormValues } from "@/lib/projects/schema";
import { CodeOptions } from "@/components/ui/code-options";
import { CustomInputs } from "@/components/custom-fields/custom-inputs";

const EMPTY: ProjectFormValues = {
  code: "",
  title: "",
  agreementId: "",
  lifecycle: "PIPELINE",
  countries: "",
  themeIds: [],
  budgetAmount: "",
  budgetCurrency: "",
  startsOn: "",
  endsOn: "",
  summary: "",
  responsibleOfficerId: "",
  officeId: "",
  partners: [{ organisationId: "", role: "FUNDING" }],
};

export function ProjectForm({
  options,
  record,
  agreementId,
}: {
  options: ProjectFormOptions;
  record?: { id: string; version: number; values: ProjectFormValues };
  /** The framework agreement a new project starts under. */
  agreementId?: string;
}) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(
    saveProjectAction,
    () => import("@/lib/projects/schema").then((m) => ({ schema: m.projectSchema, read: m.projectFormValues })),
    options.customFields,
  );
  const values = state.values ?? record?.values ?? { ...EMPTY, agreementId: agreementId ?? "" };
  const t = useTranslations("forms.project");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6" key={state.attempt}>
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />
      <Section title={t("section")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("code")} name="code" error={errors.code}>
            <input id="code" name="code" defaultValue={values.code} className={inputClass} aria-invalid={!!errors.code} />
          </Field>
          <Field label={t("title")} name="title" error={errors.title} className="sm:col-span-3">
            <input id="title" name="title" defaultValue={values.title} className={inputClass} aria-invalid={!!errors.title} />
          </Field>
          <Field label={t("agreement")} name="agreementId" error={errors.agreementId} className="sm:col-span-2">
            <select id="agreementId" name="agreementId" defaultValue={values.agreementId} className={inputClass}>
              <option value="">{t("none")}</option>
              {options.agreements.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("stage")} name="lifecycle" error={errors.lifecycle}>
            <select id="lifecycle" name="lifecycle" defaultValue={values.lifecycle} className={inputClass}>
              <CodeOptions list="projectLifecycles" />
            </select>
          </Field>
          <Field label={t("office")} name="officeId" error={errors.officeId} hint={t("officeHint")}>
            <OfficeSelect id="officeId" name="officeId" offices={options.offices} value={values.officeId ?? ""} current={record?.values.officeId} empty={t("officeOfAgreement")} invalid={!!errors.officeId} />
          </Field>
          <Field label={t("officer")} name="responsibleOfficerId" error={errors.responsibleOfficerId}>
            <OfficerSelect officers={options.officers} value={values.responsibleOfficerId} empty={t("nobody")} />
          </Field>
          <Field label={t("starts")} name="startsOn" error={errors.startsOn}>
            <input id="startsOn" name="startsOn" type="date" defaultValue={values.startsOn} className={inputClass} />
          </Field>
          <Field label={t("ends")} name="endsOn" error={errors.endsOn}>
            <input id="endsOn" name="endsOn" type="date" defaultValue={values.endsOn} className={inputClass} aria-invalid={!!errors.endsOn} />
          </Field>
          <Field label={t("budget")} name="budgetAmount" error={errors.budgetAmount}>
            <input id="budgetAmount" name="budgetAmount" inputMode="decimal" defaultValue={values.budgetAmount} className={inputClass} />
          </Field>
          <Field label={t("currency")} name="budgetCurrency" error={errors.budgetCurrency} hint={t("currencyHint")}>
            <input id="budgetCurrency" name="budgetCurrency" maxLength={3} defaultValue={values.budgetCurrency} className={inputClass} />
          </Field>
          <Field label={t("countries")} name="countries" error={errors.countries} hint={t("countriesHint")} className="sm:col-span-2">
            <input id="countries" name="countries" defaultValue={values.countries} className={inputClass} aria-invalid={!!errors.countries} />
          </Field>
          <Field label={t("summary")} name="summary" error={errors.summary} className="sm:col-span-4">
            <textarea id="summary" name="summary" rows={3} defaultValue={values.summary} className={inputClass} />
          </Field>
        </div>
        <ThemeCheckboxes themes={options.themes} checked={values.themeIds} error={errors.themeIds} />
      </Section>
      <PartiesEditor key={state.attempt} organisations={options.organisations} initial={values.partners} errors={errors} kind="partners" path="partners" />
      <CustomInputs fields={options.customFields} values={values.custom} errors={errors} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? tForms("saveChanges") : t("create")}
        </Button>
      </div>
    </form>
  );
}
