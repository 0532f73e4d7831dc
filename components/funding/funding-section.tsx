// An agreement's money: what each funding party committed, the instalments expected, what was
// received, and what is outstanding or overdue, per currency (never added across currencies).
// Staff who may write get the forms and archive buttons; partners see their own rows, read-only.
import { ArchiveButton } from "@/components/ui/archive-button";
import { archiveCommitmentAction, archiveInstalmentAction, archiveReceiptAction } from "@/lib/funding/actions";
import type { CommitmentDetail } from "@/lib/funding/queries";
import { byYear, commitmentTotals, instalmentState, instalmentTotals, totalsByCurrency, type InstalmentState } from "@/lib/funding/totals";
import { displayDate, displayMoney } from "@/lib/domain/format";
import { CommitmentForm } from "./commitment-form";
import { InstalmentForm } from "./instalment-form";
import { ReceiptForm } from "./receipt-form";
import { cell, money, TotalsCells, TotalsHeadings } from "./totals-cells";
import { ScrollBox } from "@/components/ui/scroll-box";

const STATES: Record<InstalmentState, { label: string; className: string }> = {
  received: { label: "Received", className: "bg-emerald-50 text-emerald-800" },
  "part-received": { label: "Part received", className: "bg-amber-50 text-amber-800" },
  overdue: { label: "Overdue", className: "bg-red-50 text-red-800" },
  due: { label: "Due", className: "bg-slate-100 text-slate-700" },
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
  title = "Funding",
}: {
  commitments: CommitmentDetail[];
  today: Date;
  /** The forms' choices, for those who may record money; none for read-only viewers. */
  editing?: FundingEditing | null;
  title?: string;
}) {
  const totals = totalsByCurrency(commitments, today);
  const years = byYear(commitments);
  const describe = (c: CommitmentDetail) => `${c.organisation.name} · ${displayMoney(c.amount, c.currency)}${c.project ? ` · ${c.project.code}` : ""}`;
  // A commitment as a choice: told apart from another of the same funder and amount by its date and purpose.
  const choice = (c: CommitmentDetail) =>
    `${describe(c)}${c.committedOn ? ` · committed ${displayDate(c.committedOn)}` : ""}${c.description ? ` · ${c.description.slice(0, 60)}` : ""}`;
  const receiptInstalment = editing?.receiptFor ? commitments.flatMap((c) => c.instalments).find((i) => i.id === editing.receiptFor) : undefined;
  return (
    <section id="funding" aria-labelledby="funding-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="funding-heading" className="mb-4 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {commitments.length === 0 ? (
        <p className="text-sm text-slate-500">No commitments recorded.</p>
      ) : (
        <div className="space-y-6">
          <ScrollBox label="Committed, received and outstanding">
            <table className="w-full text-sm">
              <caption className="sr-only">Committed, received and outstanding per currency</caption>
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className={cell}>Currency</th>
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
              <article key={c.id} className="rounded-md border border-slate-200 p-3" aria-label={`Commitment: ${describe(c)}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-medium text-slate-900">
                      {c.organisation.name}: {displayMoney(c.amount, c.currency)}
                    </h3>
                    <p className="text-xs text-slate-500">
                      {c.committedOn ? `Committed ${displayDate(c.committedOn)}` : "Date not recorded"}
                      {c.project && ` · for ${c.project.code} ${c.project.title}`}
                      {c.description && ` · ${c.description}`}
                    </p>
                    {!t.scheduled.eq(t.committed) && (
                      <p className="text-xs text-amber-800">
                        Instalments scheduled: {displayMoney(t.scheduled, c.currency)} of {displayMoney(t.committed, c.currency)} committed.
                      </p>
                    )}
                  </div>
                  {editing && <ArchiveButton action={archiveCommitmentAction} id={c.id} version={c.version} archived={false} noun="commitment" />}
                </div>
                {c.instalments.length > 0 && (
                  <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100" aria-label={`Instalments of ${describe(c)}`}>
                    {c.instalments.map((i) => {
                      const state = STATES[instalmentState(i, today)];
                      const { overBy, outstanding } = instalmentTotals(i);
                      return (
                        <li key={i.id} className="py-2 text-sm">
                          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <span className="font-medium whitespace-nowrap">Due {displayDate(i.dueOn)}</span>
                            <span className="tabular-nums whitespace-nowrap">{displayMoney(i.amount, c.currency)}</span>
                            <span className={`rounded px-2 py-0.5 text-xs font-medium ${state.className}`}>{state.label}</span>
                            {editing && outstanding.gt(0) && (
                              <a href={`?receipt=${i.id}#record-receipt`} className="text-xs text-brand-700 hover:underline">
                                Record a receipt
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
                                    Received {displayMoney(r.amount, c.currency)} on {displayDate(r.receivedOn)}
                                    {r.reference && <span className="text-slate-500"> · {r.reference}</span>}
                                  </span>
                                  {editing && <ArchiveButton action={archiveReceiptAction} id={r.id} version={r.version} archived={false} noun="receipt" compact />}
                                </li>
                              ))}
                            </ul>
                          )}
                          {overBy && <p className="text-xs font-medium text-amber-800">More than the instalment by {displayMoney(overBy, c.currency)}</p>}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </article>
            );
          })}

          {years.length > 0 && (
            <ScrollBox label="By year">
              <table className="w-full text-sm">
                <caption className="mb-1 text-start text-xs font-medium tracking-wide text-slate-500 uppercase">By year</caption>
                <thead className="text-xs text-slate-500 uppercase">
                  <tr>
                    <th className={cell}>Year</th>
                    <th className={money}>Expected (instalments due)</th>
                    <th className={money}>Received</th>
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
          <FormPanel title="Add a commitment" id="add-commitment">
            <CommitmentForm agreementId={editing.agreementId} funders={editing.funders} projects={editing.projects} />
          </FormPanel>
          {commitments.length > 0 && (
            <FormPanel title="Add an instalment to a recorded commitment" id="add-instalment">
              <InstalmentForm commitments={commitments.map((c) => ({ id: c.id, label: choice(c) }))} />
            </FormPanel>
          )}
          {commitments.some((c) => c.instalments.length > 0) && (
            <FormPanel title="Record a receipt" id="record-receipt" open={Boolean(receiptInstalment)}>
              <ReceiptForm
                today={editing.today}
                initial={receiptInstalment && { instalmentId: receiptInstalment.id, amount: instalmentTotals(receiptInstalment).outstanding.toFixed(2) }}
                instalments={commitments.flatMap((c) =>
                  c.instalments.map((i) => ({ id: i.id, label: `${c.organisation.name} · due ${displayDate(i.dueOn)} · ${displayMoney(i.amount, c.currency)}` })),
                )}
              />
            </FormPanel>
          )}
        </div>
      )}
    </section>
  );
}

/** A form folded under its title, opened by a click. */
function FormPanel({ title, id, open, children }: { title: string; id: string; open?: boolean; children: React.ReactNode }) {
  return (
    <details id={id} open={open} className="rounded-md border border-slate-200 p-3 open:bg-slate-50">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
