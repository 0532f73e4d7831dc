"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { changeExchangeRateAction } from "@/lib/exchange-rates/actions";
import type { ActionResult } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";
import { useTranslations } from "next-intl";

/** Changes one recorded rate, at the version it was read. */
export function ChangeRateForm({ id, version, value, label }: { id: string; version: number; value: string; label: string }) {
  const say = useSay();
  const t = useTranslations("forms.rates");
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(changeExchangeRateAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`rate-${id}`} className="sr-only">
        {t("usdPerUnitOf", { label })}
      </label>
      <input id={`rate-${id}`} name="usdPerUnit" inputMode="decimal" defaultValue={value} className={`${inputClass} w-40`} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("change")}
      </Button>
      {result && !result.ok && (
        <p role="alert" className="w-full text-sm text-red-700">
          {say(result.message)} {result.fieldErrors?.usdPerUnit && say(result.fieldErrors.usdPerUnit)}
        </p>
      )}
    </form>
  );
}
