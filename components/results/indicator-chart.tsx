// An indicator over time, drawn on the server as SVG: the baseline, the targets (dashed) and the
// actuals (solid) by period end. The chart is decoration for sighted readers; the same figures
// are in the table beside it, which is what screen readers and print rely on.
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import { decimalNumber, type IndicatorDetail } from "@/lib/results/queries";
import { ScrollBox } from "@/components/ui/scroll-box";

const W = 320;
const H = 140;
const PAD = { left: 40, right: 12, top: 12, bottom: 24 };


export function IndicatorChart({ indicator }: { indicator: IndicatorDetail }) {
  const baseline = decimalNumber(indicator.baselineValue);
  const points = indicator.periods.map((p) => ({ at: p.periodEnd.getTime(), target: decimalNumber(p.target), actual: decimalNumber(p.actual) }));
  const baselineAt = indicator.baselineYear ? Date.UTC(indicator.baselineYear, 11, 31) : null;
  const times = [...points.map((p) => p.at), ...(baselineAt !== null && baseline !== null ? [baselineAt] : [])];
  const values = [...points.flatMap((p) => [p.target, p.actual]), baseline].filter((v): v is number => v !== null);
  if (times.length === 0 || values.length === 0) return null;
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (t: number) => PAD.left + (t1 === t0 ? (W - PAD.left - PAD.right) / 2 : ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right));
  const y = (v: number) => H - PAD.bottom - (v1 === v0 ? 0.5 : (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const line = (series: { at: number; v: number | null }[]) =>
    series
      .filter((p): p is { at: number; v: number } => p.v !== null)
      .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.v).toFixed(1)}`)
      .join(" ");
  const start = baselineAt !== null && baseline !== null ? [{ at: baselineAt, v: baseline }] : [];
  const targets = line([...start, ...points.map((p) => ({ at: p.at, v: p.target }))]);
  const actuals = line([...start, ...points.map((p) => ({ at: p.at, v: p.actual }))]);
  const fmt = (v: number) => (Math.abs(v) >= 10_000 ? `${Math.round(v / 1000)}k` : String(Math.round(v * 10) / 10));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-sm" aria-hidden="true" focusable="false">
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="stroke-slate-300" />
      <text x={PAD.left - 4} y={y(v1) + 4} textAnchor="end" className="fill-slate-500 text-[9px]">
        {fmt(v1)}
      </text>
      <text x={PAD.left - 4} y={y(v0) + 4} textAnchor="end" className="fill-slate-500 text-[9px]">
        {fmt(v0)}
      </text>
      <text x={PAD.left} y={H - 6} className="fill-slate-500 text-[9px]">
        {new Date(t0).getUTCFullYear()}
      </text>
      <text x={W - PAD.right} y={H - 6} textAnchor="end" className="fill-slate-500 text-[9px]">
        {new Date(t1).getUTCFullYear()}
      </text>
      {targets && <path d={targets} fill="none" strokeDasharray="4 3" strokeWidth={2} className="stroke-slate-400" />}
      {actuals && <path d={actuals} fill="none" strokeWidth={2.5} className="stroke-brand-600" />}
      {points.map((p) =>
        p.actual !== null ? <circle key={p.at} cx={x(p.at)} cy={y(p.actual)} r={3} className="fill-brand-600" /> : null,
      )}
    </svg>
  );
}

/** The indicator's figures, period by period (with each period's comment and source under it): the accessible form of the chart. */
export function IndicatorTable({ indicator, reportHref }: { indicator: IndicatorDetail; reportHref?: (reportId: string) => string }) {
  const t = useTranslations("results");
  const f = useFormats();
  return (
    <ScrollBox label={t("figuresOf", { title: indicator.title })}>
      <table className="w-full text-start text-xs">
        <caption className="sr-only">{t("figuresCaption", { title: indicator.title })}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1 pe-3 font-medium">{t("period")}</th>
            <th scope="col" className="py-1 pe-3 text-end font-medium">{t("target")}</th>
            <th scope="col" className="py-1 text-end font-medium">{t("actual")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicator.baselineValue !== null && (
            <tr>
              <th scope="row" className="py-1 pe-3 font-normal">{t("baseline", { year: String(indicator.baselineYear ?? "") })}</th>
              <td className="py-1 pe-3 text-end text-slate-400">—</td>
              <td className="py-1 text-end tabular-nums">{indicator.baselineValue.toString()}</td>
            </tr>
          )}
          {indicator.periods.map((p) => {
            const source = p.report && (p.report.organisation.acronym ?? p.report.organisation.name);
            return (
              <tr key={p.id} className="align-top">
                <th scope="row" className="py-1 pe-3 font-normal">
                  {f.date(p.periodStart)} – {f.date(p.periodEnd)}
                  {(p.comment || source) && (
                    <span className="mt-0.5 block text-slate-500">
                      {p.comment}
                      {p.comment && source && " · "}
                      {source &&
                        (reportHref ? (
                          <a href={reportHref(p.report!.id)} className="text-brand-600 hover:underline">
                            {t("reportedBy", { source })}
                          </a>
                        ) : (
                          t("reportedBy", { source })
                        ))}
                    </span>
                  )}
                </th>
                <td className="py-1 pe-3 text-end tabular-nums">{p.target?.toString() ?? "—"}</td>
                <td className="py-1 text-end font-medium tabular-nums">{p.actual?.toString() ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
