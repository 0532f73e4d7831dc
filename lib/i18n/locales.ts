// The languages the interface speaks, and how a request's Accept-Language picks one of them.
// Plain data and functions (no Next.js, no next-intl) so the mailer, the jobs and tests use them too.

export const LOCALES = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name: a switch must be readable by someone who cannot read the current one. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية" };

/** The cookie the sign-in page's switch sets; a signed-in person's saved choice outranks it. */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The first of our languages the browser asks for, by its q-weights ("fr-CH, fr;q=0.9, en;q=0.8"
 * is French): a tag matches by its primary language; "*" and unknown tags match nothing.
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const wanted = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.q > 0 && isLocale(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (wanted[0]?.language as Locale | undefined) ?? null;
}
