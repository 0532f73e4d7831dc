"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { createApiTokenAction, type ApiTokenFormState } from "@/lib/api/actions";
import { TOKEN_LIFETIMES } from "@/lib/domain/limits";

/** Creates a personal access token and shows it, once. */
export function ApiTokenForm() {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(createApiTokenAction, () => import("@/lib/api/schema").then((m) => ({ schema: m.apiTokenSchema, read: m.apiTokenFormValues })));
  const token = (state as ApiTokenFormState).token;
  const t = useTranslations("apiTokens");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <Refusal result={state.result} clientErrors={clientErrors} />
      {token && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
          <p>{t("newToken")}</p>
          <p className="mt-2 font-mono text-xs break-all select-all" data-testid="api-token">
            {token}
          </p>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field label={t("name")} name="name" error={errors.name} hint={t("nameHint")}>
          <input id="name" name="name" maxLength={100} defaultValue={state.values?.name ?? ""} className={inputClass} aria-invalid={!!errors.name} />
        </Field>
        <Field label={t("lasts")} name="days" error={errors.days}>
          <select id="days" name="days" defaultValue={state.values?.days ?? "90"} className={inputClass} aria-invalid={!!errors.days}>
            {TOKEN_LIFETIMES.map((days) => (
              <option key={days} value={days}>
                {t("days", { days })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
