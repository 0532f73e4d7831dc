// The four figures of a per-currency total, as table headings and cells, for every table that
// shows money committed and received (agreement, partner, dashboard).
import { displayMoney } from "@/lib/domain/format";
import type { Totals } from "@/lib/funding/totals";

export const cell = "px-2 py-1.5 text-start align-top";
export const money = "px-2 py-1.5 text-end align-top tabular-nums whitespace-nowrap";

export function TotalsHeadings() {
  return (
    <>
      <th className={money}>Committed</th>
      <th className={money}>Received</th>
      <th className={money}>Outstanding</th>
      <th className={money}>Overdue</th>
    </>
  );
}

export function TotalsCells({ totals: t }: { totals: Totals }) {
  return (
    <>
      <td className={money}>{displayMoney(t.committed, t.currency)}</td>
      <td className={money}>{displayMoney(t.received, t.currency)}</td>
      <td className={money}>{displayMoney(t.outstanding, t.currency)}</td>
      <td className={`${money} ${t.overdue.gt(0) ? "font-medium text-red-700" : ""}`}>{displayMoney(t.overdue, t.currency)}</td>
    </>
  );
}
