"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { uploadDocumentAction, type UploadResult } from "@/lib/documents/actions";
import { useSay } from "@/lib/i18n/use-say";

export function UploadForm({
  parentType,
  parentId,
  maxMb,
  amendments = [],
}: {
  parentType: "agreement" | "meeting" | "project" | "opportunity";
  parentId: string;
  maxMb: number;
  /** An agreement's amendments, one of which the file may belong to. */
  amendments?: { id: string; number: number }[];
}) {
  const say = useSay();
  const t = useTranslations("forms.upload");
  const [result, action, pending] = useActionState<UploadResult | null, FormData>(uploadDocumentAction, null);
  return (
    <form action={action} className="mb-4 space-y-2 border-b border-slate-100 pb-4">
      <input type="hidden" name="parentType" value={parentType} />
      <input type="hidden" name="parentId" value={parentId} />
      {/* The other controls line up with the file input, not with its label or its error. */}
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <FileField label={t("file")} name="file" limitMb={maxMb} required className="w-full max-w-sm" />
        <div className="flex flex-wrap items-center gap-3 sm:mt-6">
          {amendments.length > 0 && (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              {t("for")}
              <select name="amendmentId" className={`${inputClass} w-auto`} defaultValue="">
                <option value="">{t("theAgreement")}</option>
                {amendments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t("amendment", { number: a.number })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {/* An opportunity is never a partner's to see: nothing to share. */}
          {parentType !== "opportunity" && (
            <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
              <input type="checkbox" name="sharedWithPartners" className="rounded border-slate-300" />
              {t("shared")}
            </label>
          )}
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? t("uploading") : t("attach")}
          </Button>
        </div>
      </div>
      <p className="text-xs text-slate-500">{t("accepted", { max: maxMb })}</p>
      {result && (
        <p role="status" className={`text-sm ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
          {result.ok ? [t("attached"), result.renamed].filter(Boolean).join(" ") : say(result.message)}
        </p>
      )}
    </form>
  );
}
