"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/domain/action-result";
import { amountCents, fromCents } from "@/lib/domain/money";
import { useSay } from "@/lib/i18n/use-say";

interface Row {
  year: string;
  amount: string;
  key: number;
}

/**
 * The money sought spread by year, posted as trancheYear / trancheAmount. None: all of it in the
 * year of the expected decision. Says as amounts are typed what is left to spread.
 */
export function TrancheEditor({ initial, amount, errors }: { initial: { year: string; amount: string }[]; amount: string; errors: FieldErrors }) {
  const say = useSay();
  const t = useTranslations("forms.tranches");
  const tForms = useTranslations("forms");
  const [rows, setRows] = useState<Row[]>(() => initial.map((row, key) => ({ ...row, key })));
  const [nextKey, setNextKey] = useState(initial.length);
  const total = amountCents(amount);
  const spread = rows.reduce<bigint>((sum, row) => sum + (amountCents(row.amount) ?? 0n), 0n);
  const left = total === null ? null : total - spread;
  const update = (key: number, amount: string) => setRows(rows.map((row) => (row.key === key ? { ...row, amount } : row)));
  return (
    <fieldset className="mt-4 space-y-3">
      <legend className="text-sm font-medium text-slate-900">{t("legend")}</legend>
      <p className="text-xs text-slate-500">{t("intro")}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="grid grid-cols-[6rem_1fr_auto] items-start gap-3 sm:grid-cols-[8rem_12rem_auto]">
          <Field label={t("year", { n: i + 1 })} name={`tranche-${i}-year`} error={errors[`tranches.${i}.year`]}>
            <input id={`tranche-${i}-year`} name="trancheYear" inputMode="numeric" defaultValue={row.year} autoFocus={row.key >= initial.length} className={inputClass} aria-invalid={!!errors[`tranches.${i}.year`]} />
          </Field>
          <Field label={t("amount", { n: i + 1 })} name={`tranche-${i}-amount`} error={errors[`tranches.${i}.amount`]}>
            <input id={`tranche-${i}-amount`} name="trancheAmount" inputMode="decimal" defaultValue={row.amount} onChange={(e) => update(row.key, e.target.value)} className={inputClass} aria-invalid={!!errors[`tranches.${i}.amount`]} />
          </Field>
          <Button variant="secondary" className="mt-6" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t("remove", { n: i + 1 })}>
            {tForms("remove")}
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            setRows([...rows, { year: "", amount: "", key: nextKey }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t("add")}
        </Button>
        {rows.length > 0 && left !== null && (
          <p aria-live="polite" className={`text-sm ${left === 0n ? "text-slate-600" : "text-red-700"}`}>
            {left === 0n ? t("exact") : left > 0n ? t("left", { amount: fromCents(left) }) : t("exceeds", { amount: fromCents(-left) })}
          </p>
        )}
      </div>
      {errors.tranches && <p className="text-sm text-red-700">{say(errors.tranches)}</p>}
    </fieldset>
  );
}
