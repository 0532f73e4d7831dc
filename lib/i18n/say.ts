// Words in a given language outside a request: emails, digests and notifications go out in the
// recipient's language (User.locale, else English), whoever or whatever caused them.
import { createTranslator } from "next-intl";
import { formatsFor } from "./format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import type { Text } from "./message";
import { messagesFor } from "./messages";
import { render, type Translate } from "./render";

const translators = new Map<Locale, Translate>();

function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate));
  return t;
}

/** A person's language from their account (null or unknown: English). */
export const languageOf = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : DEFAULT_LOCALE);

/** `text` in words in `locale`. */
export function say(locale: Locale, text: Text): string {
  return render(translatorFor(locale), formatsFor(locale), text);
}
