// The catalogues, one per language under messages/. English is the source every other one follows
// (tests/unit/catalogues.test.ts holds them to the same keys and placeholders).
import type { Locale } from "./locales";

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en.json"),
  fr: () => import("@/messages/fr.json"),
  es: () => import("@/messages/es.json"),
  ar: () => import("@/messages/ar.json"),
};

export type Messages = typeof import("@/messages/en.json");

export async function messagesFor(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default;
}

/**
 * The namespaces client components translate with (useTranslations); the rest stays on the server.
 * tests/unit/client-messages.test.ts holds this list to what the client modules ask for.
 */
export const CLIENT_NAMESPACES = ["common", "signIn", "account", "errors", "language", "calendar", "codes", "archive", "clearance", "forms", "welcome", "apiTokens", "secondFactor"] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
