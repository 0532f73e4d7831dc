"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CustomInputs } from "@/components/custom-fields/custom-inputs";
import { Button } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import type { FieldDefinition } from "@/lib/custom-fields/values";
import { convertOpportunityAction, type ConversionFormState } from "@/lib/pipeline/actions";

/** A won opportunity's offer to become a draft agreement: what the agreement needs that the opportunity does not say. */
export function ConversionForm({
  id,
  version,
  organisations,
  counterpartId,
  customFields,
}: {
  id: string;
  version: number;
  organisations: { id: string; name: string }[];
  counterpartId: string;
  customFields: FieldDefinition[];
}) {
  const t = useTranslations("forms.conversion");
  const tForms = useTranslations("forms");
  const [state, action, pending] = useActionState<ConversionFormState, FormData>(convertOpportunityAction, { result: null, values: null, attempt: 0 });
  const errors = state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {};
  const values = state.values ?? { reference: "", instrument: "", modality: "", counterpartId };
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Refusal result={state.result} clientErrors={null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("reference")} name="reference" error={errors.reference} hint={t("referenceHint")}>
          <input id="reference" name="reference" defaultValue={values.reference} className={inputClass} aria-invalid={!!errors.reference} />
        </Field>
        <Field label={t("counterpart")} name="counterpartId" error={errors.counterpartId}>
          <select id="counterpartId" name="counterpartId" defaultValue={values.counterpartId} className={inputClass} aria-invalid={!!errors.counterpartId}>
            <option value="">{tForms("choose")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("instrument")} name="instrument" error={errors.instrument}>
          <select id="instrument" name="instrument" defaultValue={values.instrument} className={inputClass} aria-invalid={!!errors.instrument}>
            <option value="">{tForms("choose")}</option>
            <CodeOptions list="instruments" />
          </select>
        </Field>
        <Field label={t("modality")} name="modality" error={errors.modality}>
          <select id="modality" name="modality" defaultValue={values.modality} className={inputClass} aria-invalid={!!errors.modality}>
            <option value="">{tForms("choose")}</option>
            <CodeOptions list="modalities" />
          </select>
        </Field>
      </div>
      <CustomInputs fields={customFields} values={undefined} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
