"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveCustomFieldAction } from "@/lib/custom-fields/actions";
import type { FieldDefinition } from "@/lib/custom-fields/values";
import { CustomFieldEntity, CustomFieldType } from "@/lib/generated/prisma/enums";
import { LOCALE_NAMES } from "@/lib/i18n/locales";

const TRANSLATED = ["fr", "es", "ar"] as const;

export interface DefinedField extends FieldDefinition {
  version: number;
  entity: CustomFieldEntity;
  sortOrder: number;
}

/** Adds a custom field, or (given `field`) changes one: its kind of record and key stay as they are. */
export function FieldDefinitionForm({ field }: { field?: DefinedField }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveCustomFieldAction, () =>
    import("@/lib/custom-fields/schema").then((m) => ({ schema: m.customFieldSchema, read: m.customFieldFormValues })),
  );
  const t = useTranslations("forms.customField");
  const tCommon = useTranslations("common");
  const [type, setType] = useState<string>(state.values?.type ?? field?.type ?? "TEXT");
  const id = (name: string) => `${name}-${field?.id ?? "new"}`;
  const typed = state.values;
  const value = <K extends keyof DefinedField>(name: K, fallback: DefinedField[K]) => (typed?.[name as never] as DefinedField[K] | undefined) ?? field?.[name] ?? fallback;
  const choices = type === "ONE_OF" || type === "SEVERAL_OF";
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      {field && <input type="hidden" name="id" value={field.id} />}
      {field && <input type="hidden" name="version" value={field.version} />}
      {field && <input type="hidden" name="entity" value={field.entity} />}
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          {field ? t("saved") : t("added")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {!field && (
          <Field label={t("entity")} name={id("entity")} error={errors.entity}>
            <select id={id("entity")} name="entity" defaultValue={typed?.entity ?? "AGREEMENT"} className={inputClass} aria-invalid={!!errors.entity}>
              {Object.values(CustomFieldEntity).map((e) => (
                <option key={e} value={e}>
                  {t(`entities.${e}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t("label")} name={id("label")} error={errors.label} className={field ? "sm:col-span-2" : ""}>
          <input id={id("label")} name="label" maxLength={100} defaultValue={value("label", "")} className={inputClass} aria-invalid={!!errors.label} />
        </Field>
        <Field label={t("type")} name={id("type")} error={errors.type} hint={field ? t("typeHint") : undefined}>
          <select id={id("type")} name="type" value={type} onChange={(e) => setType(e.target.value)} className={inputClass} aria-invalid={!!errors.type}>
            {Object.values(CustomFieldType).map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </select>
        </Field>
        {TRANSLATED.map((locale) => (
          <Field key={locale} label={t("labelIn", { language: LOCALE_NAMES[locale] })} name={id(`labels.${locale}`)} error={errors[`labels.${locale}`]}>
            <input
              id={id(`labels.${locale}`)}
              name={`labels.${locale}`}
              lang={locale}
              dir={locale === "ar" ? "rtl" : undefined}
              maxLength={100}
              defaultValue={typed?.labels?.[locale] ?? field?.labels[locale] ?? ""}
              className={inputClass}
            />
          </Field>
        ))}
        <Field label={t("help")} name={id("help")} error={errors.help} className="sm:col-span-2">
          <input id={id("help")} name="help" maxLength={500} defaultValue={value("help", "") ?? ""} className={inputClass} />
        </Field>
        <Field label={t("order")} name={id("sortOrder")} error={errors.sortOrder} hint={t("orderHint")}>
          <input id={id("sortOrder")} name="sortOrder" inputMode="numeric" defaultValue={typed?.sortOrder ?? field?.sortOrder ?? ""} className={inputClass} />
        </Field>
      </div>
      {choices && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{t("options")}</legend>
          {field?.options.length ? <p className="text-xs text-slate-500">{t("optionsHint")}</p> : null}
          {field?.options.map((option, index) => (
            <Field key={option.id} label={t("optionN", { n: index + 1 })} name={id(`option.${option.id}`)} error={errors[`option.${option.id}`]}>
              <input id={id(`option.${option.id}`)} name={`option.${option.id}`} maxLength={200} defaultValue={option.label} className={inputClass} aria-invalid={!!errors[`option.${option.id}`]} />
            </Field>
          ))}
          <Field label={field?.options.length ? t("moreOptions") : t("newOptions")} name={id("newOptions")} error={errors.newOptions} hint={t("newOptionsHint")}>
            <textarea id={id("newOptions")} name="newOptions" rows={4} defaultValue={typed?.newOptions ?? ""} className={inputClass} aria-invalid={!!errors.newOptions} />
          </Field>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-700">
        <Check name="required" checked={value("required", false)} label={t("required")} />
        <Check name="partnersSee" checked={value("partnersSee", false)} label={t("partnersSee")} />
        {field && <Check name="archived" checked={value("archived", false)} label={t("archived")} />}
        <Button type="submit" disabled={pending} className="ms-auto">
          {pending ? tCommon("saving") : field ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}

function Check({ name, checked, label }: { name: string; checked: boolean; label: string }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} defaultChecked={checked} className="size-4" />
      {label}
    </label>
  );
}
