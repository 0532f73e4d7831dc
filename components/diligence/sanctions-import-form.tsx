"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { importSanctionsAction } from "@/lib/diligence/actions";
import { useTranslations } from "next-intl";

/** Uploads the UN Security Council Consolidated List (XML); every partner is screened again. */
export function SanctionsImportForm({ limitMb }: { limitMb: number }) {
  const [result, action, pending] = useActionState(importSanctionsAction, null);
  const t = useTranslations("forms.sanctions");
  const error = result && !result.ok ? (result.fieldErrors?.file ?? result.message) : undefined;
  return (
    <form action={action} className="space-y-3">
      {result?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          {t("imported", { entities: result.entities, delisted: result.delisted, toReview: result.toReview })}
        </p>
      )}
      <FileField
        label={t("file")}
        name="file"
        limitMb={limitMb}
        error={error}
        accept=".xml,application/xml,text/xml"
        hint={t("fileHint", { max: limitMb })}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("importing") : t("import")}
      </Button>
    </form>
  );
}
