import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguageAction } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The sign-in page's languages, each named in itself: one form whose buttons set the browser's
 * language (works without JavaScript; the page answers again in the language chosen).
 */
export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations("language"), getLocale()]);
  return (
    <form action={chooseLanguageAction} aria-label={t("switchLabel")} className="mt-6 flex flex-wrap justify-center gap-x-1 gap-y-2 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded-md px-2.5 py-1.5 text-brand-700 hover:bg-brand-50 aria-pressed:font-semibold aria-pressed:text-slate-900"
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
