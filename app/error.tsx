"use client";

import { useTranslations } from "next-intl";

// What a user sees when a page fails: a sentence and a reference, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("failed")}</h1>
      <p className="mt-3 text-slate-600">{t("failedText")}</p>
      {error.digest && <p className="mt-4 font-mono text-sm text-slate-500">{t("reference", { digest: error.digest })}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700">
        {t("tryAgain")}
      </button>
    </main>
  );
}
