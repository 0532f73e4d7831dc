import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { ChangeRateForm } from "@/components/exchange-rates/change-rate-form";
import { ExchangeRateForm } from "@/components/exchange-rates/exchange-rate-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { isoDate, today } from "@/lib/domain/format";
import { listExchangeRates } from "@/lib/exchange-rates/queries";
import { can } from "@/lib/policy";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Exchange rates" };

export default async function ExchangeRatesPage() {
  const viewer = await requireViewer();
  const rates = await listExchangeRates(viewer);
  if (!rates || !can(viewer, "create", "ExchangeRate")) notFound();
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: "Users" }} title="Exchange rates">
          US dollars per unit of each currency, by month. The dashboard adds the funding of every currency into one USD total only when each currency has
          a rate, using its latest month&apos;s, and names the rates it used. Amounts are always kept in their own currency.
      </PageHeader>
      <Section title="Record a rate">
        <ExchangeRateForm month={isoDate(today())!.slice(0, 7)} />
      </Section>
      <Section title="Recorded rates">
        {rates.length === 0 ? (
          <p className="text-sm text-slate-500">No rates recorded: the dashboard shows no USD total.</p>
        ) : (
          <ScrollBox label="Exchange rates">
            <table className="w-full text-sm">
              <thead className="text-start text-xs text-slate-500 uppercase">
                <tr>
                  <th className="px-2 py-1.5">Month</th>
                  <th className="px-2 py-1.5">Currency</th>
                  <th className="px-2 py-1.5">US dollars per unit</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rates.map((r) => (
                  <tr key={r.id}>
                    <td className="px-2 py-1.5 whitespace-nowrap">{isoDate(r.month)!.slice(0, 7)}</td>
                    <td className="px-2 py-1.5">{r.currency}</td>
                    <td className="px-2 py-1.5">
                      <ChangeRateForm id={r.id} version={r.version} value={r.usdPerUnit.toString()} label={`${r.currency} ${isoDate(r.month)!.slice(0, 7)}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </Section>
    </div>
  );
}
