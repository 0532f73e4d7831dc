"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { saveLanguageAction } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The account page's language: one of ours, or the browser's (named, so the choice is informed). */
export function LanguageForm({ chosen, browser }: { chosen: Locale | null; browser: Locale }) {
  const t = useTranslations("language");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(saveLanguageAction, null);
  return (
    <form action={action} className="space-y-4">
      {state?.ok && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("saved")}
        </p>
      )}
      <Refusal result={state} clientErrors={null} />
      <Field label={t("field")} name="locale">
        <select id="locale" name="locale" defaultValue={chosen ?? ""} className={inputClass}>
          <option value="">{t("automatic", { language: LOCALE_NAMES[browser] })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? tCommon("saving") : t("save")}
      </Button>
    </form>
  );
}
