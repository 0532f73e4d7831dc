// next-intl's per-request configuration (named in next.config.ts): the language and its catalogue.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { appEnv } from "@/lib/env";
import { LOCALE_COOKIE } from "./locales";
import { messagesFor } from "./messages";
import { PSEUDO, pseudoMessages } from "./pseudo";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  // The pseudo-language, where offered, outranks even a saved choice: it is asked for to test a screen.
  if (appEnv().PSEUDO_LOCALE && (await cookies()).get(LOCALE_COOKIE)?.value === PSEUDO) {
    return { locale: "en", messages: pseudoMessages(), timeZone: "UTC" };
  }
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
