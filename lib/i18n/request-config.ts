// next-intl's per-request configuration (named in next.config.ts): the language and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
