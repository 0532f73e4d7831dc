"use server";
// Choosing a language: the sign-in page's switch (a cookie, for whoever is at this browser) and the
// account page's choice (saved on the account, so it follows the person to every browser and to the
// emails sent to them; the cookie is set too, so the sign-in page speaks it after signing out).
import { msg } from "./message";
import { cookies } from "next/headers";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf } from "@/lib/domain/form-actions";
import { setOwnLanguage } from "@/lib/users/mutations";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";

const YEAR = 365 * 24 * 60 * 60;

async function remember(locale: Locale | null) {
  const jar = await cookies();
  if (locale) jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  else jar.delete(LOCALE_COOKIE);
}

/** The sign-in page's switch. An unknown value changes nothing. */
export async function chooseLanguageAction(input: unknown): Promise<void> {
  const locale = formOf(input).get("locale");
  if (isLocale(locale)) await remember(locale);
}

/** The account page's choice: one of the languages, or "" for the browser's. */
export async function saveLanguageAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const value = formOf(input).get("locale");
  if (value !== "" && !isLocale(value)) return refused(msg("problems.chooseListedLanguage"));
  const locale = isLocale(value) ? value : null;
  const result = await setOwnLanguage(viewer, locale);
  if (result.ok) await remember(locale);
  return result;
}
