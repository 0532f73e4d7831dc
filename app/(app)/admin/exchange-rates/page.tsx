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
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.rates"))("title") };
}

export default async function ExchangeRatesPage() {
  const viewer = await requireViewer();
  const rates = await listExchangeRates(viewer);
  if (!rates || !can(viewer, "create", "ExchangeRate")) notFound();
  const t = await getTranslations("admin.rates");
  const tAdmin = await getTranslations("admin");
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <Section title={t("record")}>
        <ExchangeRateForm month={isoDate(today())!.slice(0, 7)} />
      </Section>
      <Section title={t("recorded")}>
        {rates.length === 0 ? (
          <p className="text-sm text-slate-500">{t("none")}</p>
        ) : (
          <ScrollBox label={t("title")}>
            <table className="w-full text-sm">
              <thead className="text-start text-xs text-slate-500 uppercase">
                <tr>
                  <th className="px-2 py-1.5">{t("month")}</th>
                  <th className="px-2 py-1.5">{t("currency")}</th>
                  <th className="px-2 py-1.5">{t("usdPerUnit")}</th>
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
