import Link from "next/link";
import { Section } from "@/components/ui/section";
import { displayDate } from "@/lib/domain/format";
import { riskRatings } from "@/lib/domain/codelists";
import { diligenceOverview } from "@/lib/diligence/queries";
import type { Viewer } from "@/lib/policy";

const partnerLink = (p: { id: string; name: string }) => (
  <Link href={`/partners/${p.id}#due-diligence`} className="text-brand-600 hover:underline">
    {p.name}
  </Link>
);

/** The dashboard's due-diligence section: partners by the risk of their assessment in force, what is due, matches to resolve. */
export async function DiligenceOverview({ viewer }: { viewer: Viewer }) {
  const overview = await diligenceOverview(viewer);
  if (!overview) return null;
  return (
    <section id="due-diligence" aria-labelledby="due-diligence-heading" className="scroll-mt-4">
      <h2 id="due-diligence-heading" className="sr-only">
        Due diligence
      </h2>
      <div className="grid gap-6 lg:grid-cols-3">
        <Section title="Partners by risk (assessment in force)">
          <dl className="space-y-3 text-sm">
            {(["HIGH", "MEDIUM", "LOW"] as const).map((risk) => (
              <div key={risk}>
                <dt className="font-medium text-slate-800">
                  {riskRatings[risk].label}: {overview.byRisk[risk].length}
                </dt>
                <dd className="text-slate-700">{overview.byRisk[risk].length ? overview.byRisk[risk].map((p, i) => <span key={p.id}>{i > 0 && ", "}{partnerLink(p)}</span>) : "none"}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title={`Assessments due (${overview.expiring.length})`}>
          {overview.expiring.length === 0 ? (
            <p className="text-sm text-slate-500">No assessment of a partner in play ends within 90 days.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {overview.expiring.map((e) => (
                <li key={e.organisation.id}>
                  {partnerLink(e.organisation)} <span className="text-slate-600">· {e.validUntil < new Date() ? "ended" : "ends"} {displayDate(e.validUntil)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={`Sanctions matches to resolve (${overview.matches.length})`}>
          {overview.matches.length === 0 ? (
            <p className="text-sm text-slate-500">No possible match waits for a decision.</p>
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
