// The four figures of a per-currency total, as table headings and cells, for every table that
// shows money committed and received (agreement, partner, dashboard).
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import type { Totals } from "@/lib/funding/totals";

export const cell = "px-2 py-1.5 text-start align-top";
export const money = "px-2 py-1.5 text-end align-top tabular-nums whitespace-nowrap";

export function TotalsHeadings() {
  const t = useTranslations("funding");
  return (
    <>
      <th className={money}>{t("committed")}</th>
      <th className={money}>{t("received")}</th>
      <th className={money}>{t("outstanding")}</th>
      <th className={money}>{t("overdue")}</th>
    </>
  );
}

export function TotalsCells({ totals: t }: { totals: Totals }) {
  const { money: displayMoney } = useFormats();
  return (
    <>
      <td className={money}>{displayMoney(t.committed, t.currency)}</td>
      <td className={money}>{displayMoney(t.received, t.currency)}</td>
      <td className={money}>{displayMoney(t.outstanding, t.currency)}</td>
      <td className={`${money} ${t.overdue.gt(0) ? "font-medium text-red-700" : ""}`}>{displayMoney(t.overdue, t.currency)}</td>
    </>
  );
}
