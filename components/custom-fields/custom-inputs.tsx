"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { useSay } from "@/lib/i18n/use-say";
import type { FieldErrors } from "@/lib/domain/action-result";
import { inputName, labelIn, LONG_TEXT_MAX, TEXT_MAX, type CustomFormValues, type FieldDefinition } from "@/lib/custom-fields/definition";

/**
 * The controls of a record's custom fields (those in use, in the administrators' order), in a
 * section of their own. Each is named custom.<key>, as the shared schema keys its errors.
 */
export function CustomInputs({ fields, values, errors }: { fields: FieldDefinition[]; values: CustomFormValues | undefined; errors: FieldErrors }) {
  const t = useTranslations("forms.customFields");
  const locale = useLocale();
  const inUse = fields.filter((f) => !f.archived);
  if (inUse.length === 0) return null;
  return (
    <Section title={t("section")}>
      <div className="grid gap-4 sm:grid-cols-2">
        {inUse.map((field) => {
          const name = inputName(field.key);
          const typed = values?.[field.key] ?? [];
          const error = errors[name];
          const label = labelIn(field, locale) + (field.required ? ` (${t("required")})` : "");
          const common = { id: name, name, "aria-invalid": !!error, className: inputClass };
          const wide = field.type === "LONG_TEXT" || field.type === "SEVERAL_OF" ? "sm:col-span-2" : "";
          if (field.type === "SEVERAL_OF") {
            return (
              <fieldset key={field.id} className={wide} aria-describedby={error ? `${name}-error` : undefined}>
                <legend className="text-sm font-medium text-slate-700">{label}</legend>
                {field.help && <p className="text-xs text-slate-500">{field.help}</p>}
                <div className="mt-1 grid max-h-60 gap-1 overflow-y-auto sm:grid-cols-3" id={name}>
                  {field.options.map((option) => (
                    <label key={option.id} className="flex items-center gap-2 text-sm text-slate-700">
                      <input type="checkbox" name={name} value={option.id} defaultChecked={typed.includes(option.id)} className="size-4" />
                      {option.label}
                    </label>
                  ))}
                </div>
                {error && <ErrorText id={`${name}-error`} error={error} />}
              </fieldset>
            );
          }
          return (
            <Field key={field.id} label={label} name={name} error={error} hint={field.help ?? undefined} className={wide}>
              {field.type === "LONG_TEXT" ? (
                <textarea {...common} rows={3} maxLength={LONG_TEXT_MAX} defaultValue={typed[0] ?? ""} />
              ) : field.type === "ONE_OF" ? (
                <select {...common} defaultValue={typed[0] ?? ""}>
                  <option value="">{t("none")}</option>
                  {field.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : field.type === "YES_NO" ? (
                <select {...common} defaultValue={typed[0] ?? ""}>
                  <option value="">{t("none")}</option>
                  <option value="yes">{t("yes")}</option>
                  <option value="no">{t("no")}</option>
                </select>
              ) : (
                <input
                  {...common}
                  type={field.type === "DATE" ? "date" : field.type === "URL" ? "url" : "text"}
                  inputMode={field.type === "NUMBER" ? "decimal" : undefined}
                  dir={field.type === "URL" ? "ltr" : undefined}
                  maxLength={TEXT_MAX}
                  defaultValue={typed[0] ?? ""}
                />
              )}
            </Field>
          );
        })}
      </div>
    </Section>
  );
}

function ErrorText({ id, error }: { id: string; error: FieldErrors[string] }) {
  const say = useSay();
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {say(error)}
    </p>
  );
}
