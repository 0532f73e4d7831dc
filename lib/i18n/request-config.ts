// next-intl's per-request configuration (named in next.config.ts): the language and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { requestCatalogue, serverMessages } from "./client-catalogue";
import { PSEUDO } from "./pseudo";

export default getRequestConfig(async () => {
  const name = await requestCatalogue();
  // The pseudo-language is English in disguise: dates and numbers as English writes them.
  return { locale: name === PSEUDO ? "en" : name, messages: serverMessages(name), timeZone: "UTC" };
});
