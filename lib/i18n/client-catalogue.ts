// The messages client components translate with, for one language (or the pseudo-language). The
// browser fetches them as a file of their own (app/intl/[catalogue]/route.ts), named by a hash of
// their content so it keeps them across pages and visits, instead of reading them again inside
// every page's payload, where they were 58 KB of 67 on a page with little else (decision 027).
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { appEnv } from "@/lib/env";
import { catalogueStore } from "./catalogue-store";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { clientMessages, messagesFor, type Messages } from "./messages";
import { PSEUDO, pseudoMessages } from "./pseudo";
import { requestLocale } from "./request-locale";

export type CatalogueName = Locale | typeof PSEUDO;

/** Which catalogue this request reads: the pseudo-language, where offered and asked for, outranks even a saved choice. */
export const requestCatalogue = cache(async (): Promise<CatalogueName> => {
  // The cookie first: reading it makes a page dynamic before anything asks the environment (the build prerenders).
  if ((await cookies()).get(LOCALE_COOKIE)?.value === PSEUDO && appEnv().PSEUDO_LOCALE) return PSEUDO;
  return requestLocale();
});

/** The language a catalogue formats dates and numbers in: the pseudo-language is English in disguise. */
export const localeOf = (name: CatalogueName): Locale => (name === PSEUDO ? "en" : name);

export function isCatalogueName(value: string): value is CatalogueName {
  return isLocale(value) || (value === PSEUDO && appEnv().PSEUDO_LOCALE);
}

/** The whole catalogue the server reads for it. */
export function serverMessages(name: CatalogueName): Messages {
  return name === PSEUDO ? pseudoMessages() : messagesFor(name);
}

const made = new Map<CatalogueName, { messages: Record<string, unknown>; version: string }>();

/** The client components' part of a catalogue and its version, made once per process. */
export function clientCatalogue(name: CatalogueName) {
  let catalogue = made.get(name);
  if (!catalogue) {
    const messages = clientMessages(serverMessages(name));
    catalogue = { messages, version: createHash("sha256").update(JSON.stringify(messages)).digest("base64url").slice(0, 16) };
    made.set(name, catalogue);
    catalogueStore().set(name, messages);
  }
  return catalogue;
}

/** Where the browser fetches it (made first, if this process has not made it yet). */
export const catalogueHref = (name: CatalogueName) => `/intl/${name}?v=${clientCatalogue(name).version}`;
