// The reader's language and formats for Server Components, Route Handlers and Server Actions.
import { getLocale } from "next-intl/server";
import { formatsFor, type Formats } from "./format";
import { isLocale, DEFAULT_LOCALE } from "./locales";

export async function getFormats(): Promise<Formats> {
  const locale = await getLocale();
  return formatsFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
