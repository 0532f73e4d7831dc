// Which language this request is answered in: the signed-in person's saved choice, else the
// browser's (below). No language in the URL: links stay shareable between people who read
// different ones.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getSessionState } from "@/lib/auth/viewer";
import { DEFAULT_LOCALE, fromAcceptLanguage, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

export const requestLocale = cache(async (): Promise<Locale> => {
  const state = await getSessionState();
  return state?.viewer.locale ?? browserLocale();
});

/** The browser's language: the sign-in page's switch (a cookie), else Accept-Language, else English. */
export async function browserLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return fromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
