import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("notFound")}</h1>
      <p className="mt-3 text-slate-600">{t("notFoundText")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {t("goHome")}
      </Link>
    </main>
  );
}
