import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { getFormats } from "@/lib/i18n/server";
import { diligenceOverview } from "@/lib/diligence/queries";
import type { Viewer } from "@/lib/policy";

const partnerLink = (p: { id: string; name: string }) => (
  <Link href={`/partners/${p.id}#due-diligence`} className="text-brand-600 hover:underline">
    {p.name}
  </Link>
);

/** The dashboard's due-diligence section: partners by the risk of their assessment in force, what is due, matches to resolve. */
export async function DiligenceOverview({ viewer }: { viewer: Viewer }) {
  const [overview, t, f] = await Promise.all([diligenceOverview(viewer), getTranslations(), getFormats()]);
  if (!overview) return null;
  return (
    <section id="due-diligence" aria-labelledby="due-diligence-heading" className="scroll-mt-4">
      <h2 id="due-diligence-heading" className="sr-only">
        {t("diligence.overview.heading")}
      </h2>
      <div className="grid gap-6 lg:grid-cols-3">
        <Section title={t("diligence.overview.byRisk")}>
          <dl className="space-y-3 text-sm">
            {(["HIGH", "MEDIUM", "LOW"] as const).map((risk) => (
              <div key={risk}>
                <dt className="font-medium text-slate-800">
                  {t("diligence.overview.riskCount", { risk: t(`codes.riskRatings.${risk}`), count: overview.byRisk[risk].length })}
                </dt>
                <dd className="text-slate-700">{overview.byRisk[risk].length ? overview.byRisk[risk].map((p, i) => <span key={p.id}>{i > 0 && ", "}{partnerLink(p)}</span>) : t("diligence.overview.none")}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title={t("diligence.overview.due", { count: overview.expiring.length })}>
          {overview.expiring.length === 0 ? (
            <p className="text-sm text-slate-500">{t("diligence.overview.noneDue")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {overview.expiring.map((e) => (
                <li key={e.organisation.id}>
                  {partnerLink(e.organisation)} <span className="text-slate-600">· {t("diligence.overview.ends", { ended: e.validUntil < new Date() ? "yes" : "no", date: f.date(e.validUntil) })}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("diligence.overview.matches", { count: overview.matches.length })}>
          {overview.matches.length === 0 ? (
            <p className="text-sm text-slate-500">{t("diligence.overview.noMatches")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {overview.matches.map((m) => (
                <li key={m.id}>
                  {partnerLink(m.organisation)} <span className="text-slate-600">~ {m.listedName} ({Math.round(m.score * 100)}%)</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </section>
  );
}
