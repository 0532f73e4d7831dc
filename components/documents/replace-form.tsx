"use client";
// A new file for a stored document (the countersigned copy, a better scan), behind a disclosure on
// its row: the document keeps its place, sharing and history, and its words are read again.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { replaceDocumentAction, type ReplaceResult } from "@/lib/documents/actions";
import { useSay } from "@/lib/i18n/use-say";

export function ReplaceForm({ id, version, filename, maxMb }: { id: string; version: number; filename: string; maxMb: number }) {
  const say = useSay();
  const t = useTranslations("forms.upload");
  const [result, action, pending] = useActionState<ReplaceResult | null, FormData>(replaceDocumentAction, null);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{t("replace")}</summary>
      <form action={action} className="mt-2 flex flex-wrap items-start gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <FileField label={t("replaceWith", { filename })} name="file" limitMb={maxMb} required className="w-full max-w-xs" />
        <Button type="submit" variant="secondary" disabled={pending} className="sm:mt-6">
          {pending ? t("uploading") : t("replaceButton")}
        </Button>
        {result && (
          <p role="status" className={`basis-full text-sm ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
            {result.ok ? [t("replaced"), result.renamed].filter(Boolean).join(" ") : say(result.message)}
          </p>
        )}
      </form>
    </details>
  );
}
