// An agreement's money: what each funding party committed, the instalments expected, what was
// received, and what is outstanding or overdue, per currency (never added across currencies).
// Staff who may write get the forms and archive buttons; partners see their own rows, read-only.
import { useTranslations } from "next-intl";
import { ArchiveButton } from "@/components/ui/archive-button";
import { archiveCommitmentAction, archiveInstalmentAction, archiveReceiptAction } from "@/lib/funding/actions";
import type { CommitmentDetail } from "@/lib/funding/queries";
import { byYear, commitmentTotals, instalmentState, instalmentTotals, totalsByCurrency, type InstalmentState } from "@/lib/funding/totals";
import { useFormats } from "@/lib/i18n/use-formats";
import { FoldedForm } from "./folded-form";
import { cell, money, TotalsCells, TotalsHeadings } from "./totals-cells";
import { ScrollBox } from "@/components/ui/scroll-box";

// An instalment's state as a coloured label (its words: "funding.state.<state>").
const STATES: Record<InstalmentState, string> = {
  received: "bg-emerald-50 text-emerald-800",
  "part-received": "bg-amber-50 text-amber-800",
  overdue: "bg-red-50 text-red-800",
  due: "bg-slate-100 text-slate-700",
};

export interface FundingEditing {
  agreementId: string;
  funders: { id: string; name: string; funding: boolean }[];
  projects: { id: string; code: string; title: string }[];
  today: string;
  /** The instalment whose receipt is being recorded: its form opens with it chosen and its outstanding amount. */
  receiptFor?: string | null;
}

export function FundingSection({
  commitments,
  today,
  editing,
  title,
}: {
  commitments: CommitmentDetail[];
  today: Date;
  /** The forms' choices, for those who may record money; none for read-only viewers. */
  editing?: FundingEditing | null;
  title?: string;
}) {
  const tr = useTranslations("funding");
  const { date: displayDate, money: displayMoney } = useFormats();
  const totals = totalsByCurrency(commitments, today);
  const years = byYear(commitments);
  const describe = (c: CommitmentDetail) => [c.organisation.name, displayMoney(c.amount, c.currency), c.project?.code].filter(Boolean).join(" · ");
  // A commitment as a choice: told apart from another of the same funder and amount by its date and purpose.
  const choice = (c: CommitmentDetail) =>
    [describe(c), c.committedOn && tr("committedOnShort", { date: displayDate(c.committedOn) }), c.description?.slice(0, 60)].filter(Boolean).join(" · ");
  const receiptInstalment = editing?.receiptFor ? commitments.flatMap((c) => c.instalments).find((i) => i.id === editing.receiptFor) : undefined;
  return (
    <section id="funding" aria-labelledby="funding-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="funding-heading" className="mb-4 text-base font-semibold text-slate-900">
        {title ?? tr("title")}
      </h2>
      {commitments.length === 0 ? (
        <p className="text-sm text-slate-500">{tr("none")}</p>
      ) : (
        <div className="space-y-6">
          <ScrollBox label={tr("totalsLabel")}>
            <table className="w-full text-sm">
              <caption className="sr-only">{tr("totalsCaption")}</caption>
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className={cell}>{tr("currency")}</th>
                  <TotalsHeadings />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {totals.map((t) => (
                  <tr key={t.currency} data-testid={`funding-total-${t.currency}`}>
                    <th scope="row" className={`${cell} font-medium`}>
                      {t.currency}
                    </th>
                    <TotalsCells totals={t} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>

          {commitments.map((c) => {
            const t = commitmentTotals(c, today);
            return (
              <article key={c.id} className="rounded-md border border-slate-200 p-3" aria-label={tr("commitment", { description: describe(c) })}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-medium text-slate-900">
                      {c.organisation.name}: {displayMoney(c.amount, c.currency)}
                    </h3>
                    <p className="text-xs text-slate-500">
                      {[
                        c.committedOn ? tr("committedOn", { date: displayDate(c.committedOn) }) : tr("dateNotRecorded"),
                        c.project && tr("forProject", { code: c.project.code, title: c.project.title }),
                        c.description,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    {!t.scheduled.eq(t.committed) && (
                      <p className="text-xs text-amber-800">
                        {tr("scheduled", { scheduled: displayMoney(t.scheduled, c.currency), committed: displayMoney(t.committed, c.currency) })}
                      </p>
                    )}
                  </div>
                  {editing && <ArchiveButton action={archiveCommitmentAction} id={c.id} version={c.version} archived={false} noun="commitment" />}
                </div>
                {c.instalments.length > 0 && (
                  <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100" aria-label={tr("instalmentsOf", { description: describe(c) })}>
                    {c.instalments.map((i) => {
                      const state = instalmentState(i, today);
                      const { overBy, outstanding } = instalmentTotals(i);
                      return (
                        <li key={i.id} className="py-2 text-sm">
                          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <span className="font-medium whitespace-nowrap">{tr("dueOn", { date: displayDate(i.dueOn) })}</span>
                            <span className="tabular-nums whitespace-nowrap">{displayMoney(i.amount, c.currency)}</span>
                            <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATES[state]}`}>{tr(`state.${state}`)}</span>
                            {editing && outstanding.gt(0) && (
                              <a href={`?receipt=${i.id}#record-receipt`} className="text-xs text-brand-700 hover:underline">
                                {tr("recordReceipt")}
                              </a>
                            )}
                            {editing && <ArchiveButton action={archiveInstalmentAction} id={i.id} version={i.version} archived={false} noun="instalment" compact />}
                          </div>
                          {i.condition && <p className="text-xs text-slate-600">{i.condition}</p>}
                          {i.receipts.length > 0 && (
                            <ul className="mt-1 space-y-0.5">
                              {i.receipts.map((r) => (
                                <li key={r.id} className="flex flex-wrap items-center gap-x-2 text-slate-700">
                                  <span>
                                    {tr("receivedOn", { amount: displayMoney(r.amount, c.currency), date: displayDate(r.receivedOn) })}
                                    {r.reference && <span className="text-slate-500"> · {r.reference}</span>}
                                  </span>
                                  {editing && <ArchiveButton action={archiveReceiptAction} id={r.id} version={r.version} archived={false} noun="receipt" compact />}
                                </li>
                              ))}
                            </ul>
                          )}
                          {overBy && <p className="text-xs font-medium text-amber-800">{tr("overBy", { amount: displayMoney(overBy, c.currency) })}</p>}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </article>
            );
          })}

          {years.length > 0 && (
            <ScrollBox label={tr("byYear")}>
              <table className="w-full text-sm">
                <caption className="mb-1 text-start text-xs font-medium tracking-wide text-slate-500 uppercase">{tr("byYear")}</caption>
                <thead className="text-xs text-slate-500 uppercase">
                  <tr>
                    <th className={cell}>{tr("year")}</th>
                    <th className={money}>{tr("expected")}</th>
                    <th className={money}>{tr("received")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {years.map((y) => (
                    <tr key={`${y.year}/${y.currency}`}>
                      <th scope="row" className={`${cell} font-medium`}>
                        {y.year}
                      </th>
                      <td className={money}>{displayMoney(y.expected, y.currency)}</td>
                      <td className={money}>{displayMoney(y.received, y.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </div>
      )}

      {editing && (
        <div className="mt-6 space-y-3">
          <FoldedForm form="commitment" title={tr("addCommitment")} id="add-commitment" props={{ agreementId: editing.agreementId, funders: editing.funders, projects: editing.projects }} />
          {commitments.length > 0 && <FoldedForm form="instalment" title={tr("addInstalment")} id="add-instalment" props={{ commitments: commitments.map((c) => ({ id: c.id, label: choice(c) })) }} />}
          {commitments.some((c) => c.instalments.length > 0) && (
            <FoldedForm
              form="receipt"
              title={tr("recordReceipt")}
              id="record-receipt"
              open={Boolean(receiptInstalment)}
              props={{
                today: editing.today,
                initial: receiptInstalment && { instalmentId: receiptInstalment.id, amount: instalmentTotals(receiptInstalment).outstanding.toFixed(2) },
                instalments: commitments.flatMap((c) =>
                  c.instalments.map((i) => ({ id: i.id, label: [c.organisation.name, tr("dueOnShort", { date: displayDate(i.dueOn) }), displayMoney(i.amount, c.currency)].join(" · ") })),
                ),
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}

