// A partner's money across its agreements: committed, received, outstanding and overdue per
// agreement and currency, and the totals per currency (never added across currencies).
import Link from "next/link";
import { Section } from "@/components/ui/section";
import { displayMoney } from "@/lib/domain/format";
import { totalsByCurrency, type CommitmentRow, type Totals } from "@/lib/funding/totals";

const cell = "px-2 py-1.5 text-left align-top";
const money = "px-2 py-1.5 text-right align-top tabular-nums whitespace-nowrap";

export function PartnerFunding({
  commitments,
  today,
}: {
  commitments: (CommitmentRow & { agreement: { id: string; reference: string; title: string } })[];
  today: Date;
}) {
  const agreements = [...new Map(commitments.map((c) => [c.agreement.id, c.agreement])).values()];
  const rows = agreements.flatMap((a) => totalsByCurrency(commitments.filter((c) => c.agreement.id === a.id), today).map((t) => ({ agreement: a, t })));
  const totals = totalsByCurrency(commitments, today);
  const figures = (t: Totals) => (
    <>
      <td className={money}>{displayMoney(t.committed, t.currency)}</td>
      <td className={money}>{displayMoney(t.received, t.currency)}</td>
      <td className={money}>{displayMoney(t.outstanding, t.currency)}</td>
      <td className={`${money} ${t.overdue.gt(0) ? "font-medium text-red-700" : ""}`}>{displayMoney(t.overdue, t.currency)}</td>
    </>
  );
  return (
    <Section title="Funding">
      {commitments.length === 0 ? (
        <p className="text-sm text-slate-500">No commitments recorded.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Committed, received, outstanding and overdue per agreement and currency</caption>
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={cell}>Agreement</th>
                <th className={money}>Committed</th>
                <th className={money}>Received</th>
                <th className={money}>Outstanding</th>
                <th className={money}>Overdue</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ agreement, t }) => (
                <tr key={`${agreement.id}/${t.currency}`}>
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link href={`/agreements/${agreement.id}#funding`} className="text-brand-700 hover:underline">
                      {agreement.title}
                    </Link>
                  </th>
                  {figures(t)}
                </tr>
              ))}
              {totals.map((t) => (
                <tr key={`total/${t.currency}`} className="font-medium" data-testid={`partner-funding-total-${t.currency}`}>
                  <th scope="row" className={cell}>
                    Total in {t.currency}
                  </th>
                  {figures(t)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
