import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/messages";
import { direction, type Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("unitName") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale: Locale = await requestLocale();
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="min-h-screen">
        {/* Client components get only the namespaces they use: the page's payload stays small. */}
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
