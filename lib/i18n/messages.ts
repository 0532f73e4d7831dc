// The catalogues, one per language under messages/. English is the source every other one follows
// (tests/unit/catalogues.test.ts holds them to the same keys, placeholders and tags). Server code
// only: all four are read once per process; a request or an email picks one.
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en, fr, es, ar };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/**
 * The namespaces client components translate with (useTranslations); the rest stays on the server.
 * tests/unit/client-messages.test.ts holds this list to what the client modules ask for.
 */
export const CLIENT_NAMESPACES = ["common", "signIn", "account", "errors", "language", "calendar", "codes", "archive", "clearance", "forms", "welcome", "apiTokens", "secondFactor", "problems", "roles"] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
