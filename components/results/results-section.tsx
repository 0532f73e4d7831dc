// A project's results framework: each result with its indicators, where each indicator stands
// (the on-track rule), its chart and its figures. Forms and archive buttons come from the page,
// for those who may use them.
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { IndicatorDetail, ResultRow } from "@/lib/results/queries";
import { ON_TRACK_SHARE } from "@/lib/results/on-track";
import { IndicatorChart, IndicatorTable } from "./indicator-chart";
import { StandingBadge } from "./standing-badge";

export function ResultsSection({
  results,
  forms,
  resultActions,
  indicatorActions,
  reportHref,
}: {
  results: ResultRow[];
  forms?: React.ReactNode;
  resultActions?: (result: ResultRow) => React.ReactNode;
  indicatorActions?: (indicator: IndicatorDetail) => React.ReactNode;
  reportHref?: (reportId: string) => string;
}) {
  const t = useTranslations();
  return (
    <Section title={t("results.title")}>
      {results.length === 0 ? (
        <p className="text-sm text-slate-500">{t("results.none")}</p>
      ) : (
        <ol className="space-y-6">
          {results.map((r) => (
            <li key={r.id}>
              <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
                <span className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t(`codes.resultTypes.${r.type}`)}</span>
                {r.title}
                {resultActions && <span className="ms-auto">{resultActions(r)}</span>}
              </h3>
              {r.description && <p className="mt-1 text-sm text-slate-600">{r.description}</p>}
              {r.indicators.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">{t("results.noIndicators")}</p>
              ) : (
                <ul className="mt-3 space-y-4">
                  {r.indicators.map((i) => (
                    <li key={i.id} className="rounded-md border border-slate-100 p-3" aria-label={i.title}>
                      <p className="flex flex-wrap items-center gap-2 text-sm">
                        <span className="font-medium text-slate-800">{i.title}</span>
                        <StandingBadge standing={i.standing} />
                        <span className="text-xs text-slate-500">
                          {t(`codes.indicatorMeasures.${i.measure}`)} · {t("results.direction", { ascending: i.ascending ? "yes" : "no" })}
                        </span>
                        {indicatorActions && <span className="ms-auto">{indicatorActions(i)}</span>}
                      </p>
                      <div className="mt-2 grid gap-3 xl:grid-cols-[20rem_1fr]">
                        <IndicatorChart indicator={i} />
                        <IndicatorTable indicator={i} reportHref={reportHref} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-xs text-slate-500">
        {t("results.rule", { share: ON_TRACK_SHARE * 100 })}
      </p>
      {forms && <div className="mt-6 space-y-3 border-t border-slate-100 pt-4">{forms}</div>}
    </Section>
  );
}
