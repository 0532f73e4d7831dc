"use client";
// The client components' messages (decision 027). On the server they are read from the process's
// store, filled by the root layout; in the browser they are fetched once per catalogue version
// (the layout preloads the file while the page's scripts load) and kept by the browser's cache.
// Until they arrive the page stays as the server rendered it, readable and usable without
// JavaScript; if they cannot be fetched after a few tries it stays so.
import { NextIntlClientProvider } from "next-intl";
import { use } from "react";
import { catalogueStore } from "@/lib/i18n/catalogue-store";

type Messages = Record<string, unknown>;

const fetched = new Map<string, Promise<Messages>>();

async function fetchCatalogue(href: string, attempt = 0): Promise<Messages> {
  try {
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${href}: ${response.status}`);
    return (await response.json()) as Messages;
  } catch (error) {
    if (attempt >= 3) {
      console.error(error);
      return new Promise<Messages>(() => {}); // never: the page stays as the server rendered it
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    return fetchCatalogue(href, attempt + 1);
  }
}

function browserMessages(href: string): Promise<Messages> {
  let messages = fetched.get(href);
  if (!messages) fetched.set(href, (messages = fetchCatalogue(href)));
  return messages;
}

function storedMessages(name: string): Messages {
  const messages = catalogueStore().get(name);
  if (!messages) throw new Error(`The ${name} catalogue was not made before the page rendered.`);
  return messages;
}

export function IntlProvider({ locale, catalogue, href, children }: { locale: string; catalogue: string; href: string; children: React.ReactNode }) {
  const messages = typeof window === "undefined" ? storedMessages(catalogue) : use(browserMessages(href));
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
