"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { decideReportAction } from "@/lib/reporting/actions";
import { useSay } from "@/lib/i18n/use-say";

/** The officer's review of a submitted report: accept it, or return it with what to change. */
export function DecisionForm({ id, version }: { id: string; version: number }) {
  const say = useSay();
  const t = useTranslations("forms.decision");
  const [result, action, pending] = useActionState(decideReportAction, null);
  const error = result && !result.ok ? (result.fieldErrors?.comment ?? result.message) : null;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="comment" className="block text-sm font-medium text-slate-700">
          {t("comment")}
        </label>
        <textarea id="comment" name="comment" rows={3} maxLength={2000} className={`${inputClass} mt-1`} aria-invalid={!!error} aria-describedby={error ? "comment-error" : undefined} />
        <p className="mt-1 text-xs text-slate-500">{t("commentHint")}</p>
        {error && (
          <p id="comment-error" role="alert" className="mt-1 text-sm text-red-700">
            {say(error)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>
          {t("return")}
        </Button>
        <Button type="submit" name="decision" value="accept" disabled={pending}>
          {t("accept")}
        </Button>
      </div>
    </form>
  );
}
