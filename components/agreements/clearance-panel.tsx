"use client";
// Where a draft agreement stands in clearance, with the step the viewer may take: officers
// submit it; managers and administrators clear it or return it with a comment.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { decideClearanceAction, submitForClearanceAction } from "@/lib/clearance/actions";
import type { ActionResult } from "@/lib/domain/action-result";
import type { ClearanceState } from "@/lib/generated/prisma/enums";
import { useSay } from "@/lib/i18n/use-say";

const TONES: Record<ClearanceState, string> = {
  NOT_SUBMITTED: "border-slate-200 bg-white",
  SUBMITTED: "border-amber-300 bg-amber-50",
  RETURNED: "border-red-300 bg-red-50",
  CLEARED: "border-emerald-300 bg-emerald-50",
};

export function ClearancePanel({
  id,
  version,
  state,
  comment,
  maySubmit,
  mayDecide,
}: {
  id: string;
  version: number;
  state: ClearanceState;
  comment: string | null;
  maySubmit: boolean;
  mayDecide: boolean;
}) {
  const say = useSay();
  const t = useTranslations("clearance");
  const tCodes = useTranslations("codes");
  const [submitted, submit, submitting] = useActionState<ActionResult | null, FormData>(submitForClearanceAction, null);
  const [decided, decide, deciding] = useActionState<ActionResult | null, FormData>(decideClearanceAction, null);
  const refusal = [submitted, decided].find((r) => r && !r.ok) as Extract<ActionResult, { ok: false }> | undefined;
  return (
    <section aria-label={t("label")} className={`rounded-lg border p-4 ${TONES[state]}`}>
      <p className="font-medium text-slate-900">{tCodes(`clearanceStates.${state}`)}</p>
      <p className="text-sm text-slate-600">{t(`explain.${state}`)}</p>
      {comment && <p className="mt-2 text-sm text-slate-800">{t("comment", { comment })}</p>}
      {maySubmit && (state === "NOT_SUBMITTED" || state === "RETURNED") && (
        <form action={submit} className="mt-3">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" disabled={submitting}>
            {submitting ? t("submitting") : t("submit")}
          </Button>
        </form>
      )}
      {mayDecide && state === "SUBMITTED" && (
        <form action={decide} className="mt-3 space-y-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <label htmlFor="clearance-comment" className="block text-sm font-medium text-slate-700">
            {t("commentLabel")}
          </label>
          <textarea id="clearance-comment" name="comment" rows={2} className={inputClass} aria-invalid={Boolean(refusal?.fieldErrors?.comment)} />
          {refusal?.fieldErrors?.comment && <p className="text-sm text-red-700">{say(refusal.fieldErrors.comment)}</p>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="decision" value="clear" disabled={deciding}>
              {t("clear")}
            </Button>
            <Button type="submit" name="decision" value="return" variant="danger" disabled={deciding}>
              {t("return")}
            </Button>
          </div>
        </form>
      )}
      {refusal && !refusal.fieldErrors?.comment && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {say(refusal.message)}
        </p>
      )}
    </section>
  );
}
