// The reader's language and formats for Server Components, Route Handlers and Server Actions.
import { getLocale, getTranslations } from "next-intl/server";
import { formatsFor, type Formats } from "./format";
import { isLocale, DEFAULT_LOCALE } from "./locales";
import type { Text } from "./message";
import { render, type Translate } from "./render";

export async function getFormats(): Promise<Formats> {
  const locale = await getLocale();
  return formatsFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
}

/** Puts server-written Text (lib/i18n/message.ts) into words in the reader's language. */
export async function getSay(): Promise<(text: Text) => string> {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  return (text) => render(t as unknown as Translate, f, text);
}

/** The words of an exported file in the reader's language: its column headings, code-list labels, yes and no. */
export async function exportWords() {
  const [t, tAll] = await Promise.all([getTranslations("exports"), getTranslations()]);
  const any = tAll as unknown as Translate;
  return {
    t: (key: "online" | "yes" | "no") => t(key),
    tAll: (key: string) => any(key),
    code: (list: string, value: string) => any(`codes.${list}.${value}`),
    columns: (keys: string[]) => keys.map((key) => any(`exports.columns.${key}`)),
  };
}
