// next-intl's per-request configuration (named in next.config.ts): the language and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { localeOf, requestCatalogue, serverMessages } from "./client-catalogue";

export default getRequestConfig(async () => {
  const name = await requestCatalogue();
  return { locale: localeOf(name), messages: serverMessages(name), timeZone: "UTC" };
});
