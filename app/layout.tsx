import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import { IntlProvider } from "@/components/intl-provider";
import { catalogueHref, localeOf, requestCatalogue } from "@/lib/i18n/client-catalogue";
import { direction } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("unitName") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const catalogue = await requestCatalogue();
  const locale = localeOf(catalogue);
  // Makes the catalogue (and stores it for the client components' render) before they render.
  const href = catalogueHref(catalogue);
  // Client components' messages come as a file of their own, which the browser keeps across pages
  // (decision 027): fetched alongside the page's scripts, not carried in every page.
  preload(href, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <html lang={locale} dir={direction(locale)}>
      <body className="min-h-screen">
        <IntlProvider locale={locale} catalogue={catalogue} href={href}>
          {children}
        </IntlProvider>
      </body>
    </html>
  );
}
