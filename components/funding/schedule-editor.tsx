"use client";

import type { FieldErrors } from "@/lib/domain/action-result";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { displayMoney } from "@/lib/domain/format";
import { amountCents, fromCents } from "@/lib/domain/money";
import { useSay } from "@/lib/i18n/use-say";

const money = (cents: bigint, currency: string) => displayMoney(fromCents(cents), currency || "—");

export interface ScheduleRow {
  dueOn: string;
  amount: string;
  condition: string;
}

/**
 * A commitment's instalments typed with it: rows of expected date, amount and condition, posted as
 * scheduleDueOn / scheduleAmount / scheduleCondition. Says as the amounts are typed what is left
 * to schedule, or by how much the rows exceed the commitment (which the form refuses).
 */
export function ScheduleEditor({
  initial,
  committed,
  currency,
  errors,
}: {
  initial: ScheduleRow[];
  /** The commitment's amount and currency as typed so far. */
  committed: string;
  currency: string;
  errors: FieldErrors;
}) {
  const say = useSay();
  const t = useTranslations("forms.schedule");
  const tForms = useTranslations("forms");
  const [rows, setRows] = useState(() => initial.map((row, key) => ({ ...row, key })));
  const [nextKey, setNextKey] = useState(initial.length);
  // A row added from the keyboard takes the focus, so its date is the next thing typed.
  const [added, setAdded] = useState<number | null>(null);
  const total = amountCents(committed);
  const amounts = rows.map((row) => amountCents(row.amount));
  const scheduled = amounts.reduce<bigint>((sum, cents) => sum + (cents ?? 0n), 0n);
  const left = total === null ? null : total - scheduled;
  const update = (key: number, change: Partial<ScheduleRow>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-900">{t("legend")}</legend>
      <p className="text-xs text-slate-500">{t("intro")}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[12rem_10rem_1fr_auto] sm:items-start sm:border-0 sm:p-0">
          <Field label={t("dueOn", { n: i + 1 })} name={`schedule-${i}-dueOn`} error={errors[`schedule.${i}.dueOn`]}>
            <input
              id={`schedule-${i}-dueOn`}
              name="scheduleDueOn"
              type="date"
              defaultValue={row.dueOn}
              autoFocus={row.key === added}
              className={inputClass}
              aria-invalid={!!errors[`schedule.${i}.dueOn`]}
            />
          </Field>
          <Field label={t("amount", { n: i + 1 })} name={`schedule-${i}-amount`} error={errors[`schedule.${i}.amount`]}>
            <input
              id={`schedule-${i}-amount`}
              name="scheduleAmount"
              inputMode="decimal"
              defaultValue={row.amount}
              onChange={(event) => update(row.key, { amount: event.target.value })}
              className={inputClass}
              aria-invalid={!!errors[`schedule.${i}.amount`]}
            />
          </Field>
          <Field label={t("condition", { n: i + 1 })} name={`schedule-${i}-condition`} error={errors[`schedule.${i}.condition`]}>
            <input id={`schedule-${i}-condition`} name="scheduleCondition" defaultValue={row.condition} className={inputClass} />
          </Field>
          <Button variant="secondary" className="sm:mt-6" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t("remove", { n: i + 1 })}>
            {tForms("remove")}
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            setRows([...rows, { dueOn: "", amount: "", condition: "", key: nextKey }]);
            setAdded(nextKey);
            setNextKey(nextKey + 1);
          }}
        >
          {t("add")}
        </Button>
        {rows.length > 0 && total !== null && left !== null && (
          <p aria-live="polite" className={`text-sm ${left < 0n ? "text-red-700" : "text-slate-600"}`} data-testid="schedule-remainder">
            {left < 0n
              ? t("exceeds", { amount: money(-left, currency) })
              : left === 0n
                ? t("exact")
                : t("left", { scheduled: money(scheduled, currency), left: money(left, currency) })}
          </p>
        )}
      </div>
      {errors.schedule && <p className="text-sm text-red-700">{say(errors.schedule)}</p>}
    </fieldset>
  );
}
