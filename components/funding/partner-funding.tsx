// A partner's money across its agreements: committed, received, outstanding and overdue per
// agreement and currency, and the totals per currency (never added across currencies).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { totalsByCurrency, type CommitmentRow } from "@/lib/funding/totals";
import { cell, TotalsCells, TotalsHeadings } from "./totals-cells";
import { ScrollBox } from "@/components/ui/scroll-box";


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
  const tr = useTranslations("funding");
  return (
    <Section title={tr("title")}>
      {commitments.length === 0 ? (
        <p className="text-sm text-slate-500">{tr("none")}</p>
      ) : (
        <ScrollBox label={tr("perAgreement")}>
          <table className="w-full text-sm">
            <caption className="sr-only">{tr("perAgreementCaption")}</caption>
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={cell}>{tr("agreement")}</th>
                <TotalsHeadings />
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
                  <TotalsCells totals={t} />
                </tr>
              ))}
              {totals.map((t) => (
                <tr key={`total/${t.currency}`} className="font-medium" data-testid={`partner-funding-total-${t.currency}`}>
                  <th scope="row" className={cell}>
                    {tr("totalIn", { currency: t.currency })}
                  </th>
                  <TotalsCells totals={t} />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </Section>
  );
}
