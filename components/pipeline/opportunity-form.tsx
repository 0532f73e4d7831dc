"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { OfficerSelect } from "@/components/users/officer-select";
import { OfficeSelect } from "@/components/offices/office-select";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { Section } from "@/components/ui/section";
import { ThemeCheckboxes } from "@/components/ui/theme-checkboxes";
import { useRecordForm } from "@/components/ui/use-record-form";
import type { OpportunityStage } from "@/lib/generated/prisma/enums";
import { saveOpportunityAction } from "@/lib/pipeline/actions";
import type { OpportunityFormOptions } from "@/lib/pipeline/queries";
import { NEW_ORGANISATION } from "@/lib/pipeline/new-organisation";
import type { OpportunityFormValues } from "@/lib/pipeline/schema";
import { needsReason } from "@/lib/pipeline/stages";
import { TrancheEditor } from "./tranche-editor";

const EMPTY: OpportunityFormValues = {
  title: "",
  organisationId: "",
  newOrganisationName: "",
  newOrganisationKind: "",
  amount: "",
  currency: "USD",
  tranches: [],
  stage: "IDEA",
  probability: "",
  probabilityReason: "",
  expectedDecisionOn: "",
  responsibleOfficerId: "",
  officeId: "",
  countries: "",
  themeIds: [],
  nextStep: "",
  nextStepDueOn: "",
  closeReason: "",
  closeNote: "",
  summary: "",
};

export function OpportunityForm({
  options,
  record,
  stages,
  initial,
}: {
  options: OpportunityFormOptions;
  record?: { id: string; version: number; values: OpportunityFormValues };
  /** The stages it may be saved with (its own first). */
  stages: OpportunityStage[];
  /** A new opportunity's starting values (from a partner's page: the partner chosen). */
  initial?: Partial<OpportunityFormValues>;
}) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveOpportunityAction, () =>
    import("@/lib/pipeline/schema").then((m) => ({ schema: m.opportunitySchema, read: m.opportunityFormValues })),
  );
  const values = state.values ?? record?.values ?? { ...EMPTY, ...initial };
  const t = useTranslations("forms.opportunity");
  const tForms = useTranslations("forms");
  const tCodes = useTranslations("codes");
  const tCommon = useTranslations("common");
  const [partner, setPartner] = useState(values.organisationId);
  const [stage, setStage] = useState<string>(values.stage);
  const [amount, setAmount] = useState(values.amount);

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-6" key={state.attempt}>
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />

      <Section title={t("section")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("title")} name="title" error={errors.title} className="sm:col-span-3">
            <input id="title" name="title" defaultValue={values.title} className={inputClass} aria-invalid={!!errors.title} />
          </Field>
          <Field label={t("partner")} name="organisationId" error={errors.organisationId} className="sm:col-span-3">
            <select id="organisationId" name="organisationId" value={partner} onChange={(e) => setPartner(e.target.value)} className={inputClass} aria-invalid={!!errors.organisationId}>
              <option value="">{tForms("choose")}</option>
              <option value={NEW_ORGANISATION}>{t("newPartner")}</option>
              {options.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          {partner === NEW_ORGANISATION && (
            <>
              <Field label={t("newPartnerName")} name="newOrganisationName" error={errors.newOrganisationName} className="sm:col-span-2">
                <input id="newOrganisationName" name="newOrganisationName" defaultValue={values.newOrganisationName} className={inputClass} aria-invalid={!!errors.newOrganisationName} />
              </Field>
              <Field label={t("newPartnerKind")} name="newOrganisationKind" error={errors.newOrganisationKind}>
                <select id="newOrganisationKind" name="newOrganisationKind" defaultValue={values.newOrganisationKind ?? ""} className={inputClass} aria-invalid={!!errors.newOrganisationKind}>
                  <option value="">{tForms("choose")}</option>
                  <CodeOptions list="organisationKinds" />
                </select>
              </Field>
            </>
          )}
          <Field label={t("summary")} name="summary" error={errors.summary} className="sm:col-span-3">
            <textarea id="summary" name="summary" rows={3} defaultValue={values.summary} className={inputClass} />
          </Field>
        </div>
      </Section>

      <Section title={t("stageSection")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("stage")} name="stage" error={errors.stage}>
            <select id="stage" name="stage" value={stage} onChange={(e) => setStage(e.target.value)} className={inputClass} aria-invalid={!!errors.stage}>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {tCodes(`opportunityStages.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("probability")} name="probability" error={errors.probability} hint={t("probabilityHint", { percent: options.probabilities[stage as OpportunityStage] ?? 0 })}>
            <input id="probability" name="probability" inputMode="numeric" defaultValue={values.probability} className={inputClass} aria-invalid={!!errors.probability} />
          </Field>
          <Field label={t("probabilityReason")} name="probabilityReason" error={errors.probabilityReason}>
            <input id="probabilityReason" name="probabilityReason" defaultValue={values.probabilityReason} className={inputClass} aria-invalid={!!errors.probabilityReason} />
          </Field>
          <Field label={t("expectedDecision")} name="expectedDecisionOn" error={errors.expectedDecisionOn}>
            <input id="expectedDecisionOn" name="expectedDecisionOn" type="date" defaultValue={values.expectedDecisionOn} className={inputClass} aria-invalid={!!errors.expectedDecisionOn} />
          </Field>
          <Field label={t("nextStep")} name="nextStep" error={errors.nextStep}>
            <input id="nextStep" name="nextStep" defaultValue={values.nextStep} className={inputClass} aria-invalid={!!errors.nextStep} />
          </Field>
          <Field label={t("nextStepDue")} name="nextStepDueOn" error={errors.nextStepDueOn}>
            <input id="nextStepDueOn" name="nextStepDueOn" type="date" defaultValue={values.nextStepDueOn} className={inputClass} aria-invalid={!!errors.nextStepDueOn} />
          </Field>
          {needsReason(stage as OpportunityStage) && (
            <>
              <Field label={t("closeReason")} name="closeReason" error={errors.closeReason}>
                <select id="closeReason" name="closeReason" defaultValue={values.closeReason ?? ""} className={inputClass} aria-invalid={!!errors.closeReason}>
                  <option value="">{tForms("choose")}</option>
                  <CodeOptions list="closeReasons" />
                </select>
              </Field>
              <Field label={t("closeNote")} name="closeNote" error={errors.closeNote} className="sm:col-span-2">
                <input id="closeNote" name="closeNote" defaultValue={values.closeNote} className={inputClass} />
              </Field>
            </>
          )}
        </div>
      </Section>

      <Section title={t("moneySection")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("amount")} name="amount" error={errors.amount}>
            <input id="amount" name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} className={inputClass} aria-invalid={!!errors.amount} />
          </Field>
          <Field label={t("currency")} name="currency" error={errors.currency} hint={t("currencyHint")}>
            <input id="currency" name="currency" maxLength={3} defaultValue={values.currency} className={inputClass} aria-invalid={!!errors.currency} />
          </Field>
        </div>
        <TrancheEditor initial={values.tranches ?? []} amount={amount} errors={errors} />
      </Section>

      <Section title={t("scopeSection")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("countries")} name="countries" error={errors.countries} hint={t("countriesHint")} className="sm:col-span-2">
            <input id="countries" name="countries" defaultValue={values.countries} className={inputClass} aria-invalid={!!errors.countries} />
          </Field>
          <Field label={t("office")} name="officeId" error={errors.officeId} className="sm:col-span-2">
            <OfficeSelect id="officeId" name="officeId" offices={options.offices} value={values.officeId || options.viewerOfficeId} current={record?.values.officeId} invalid={!!errors.officeId} />
          </Field>
          <Field label={t("officer")} name="responsibleOfficerId" error={errors.responsibleOfficerId} className="sm:col-span-2">
            <OfficerSelect officers={options.officers} value={values.responsibleOfficerId} empty={t("nobody")} />
          </Field>
        </div>
        <ThemeCheckboxes themes={options.themes} checked={values.themeIds} error={errors.themeIds} />
      </Section>

      <div className="flex justify-end gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : record ? tForms("saveChanges") : t("create")}
        </Button>
      </div>
    </form>
  );
}
