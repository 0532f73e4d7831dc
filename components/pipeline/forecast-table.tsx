// The dashboard's forecast: per year and currency, the pipeline's total and weighted total beside
// what is already committed for the year, then the same in USD where rates allow, and the
// conversion rate. Every figure opens the list it counts.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useFormats } from "@/lib/i18n/use-formats";
import type { Forecast } from "@/lib/pipeline/forecast";

const cell = "px-3 py-2 text-start";
const money = "px-3 py-2 text-end tabular-nums";

/** `to(path, params)`: the dashboard's link maker, keeping its filters. */
type To = (path: string, params: Record<string, string | number | undefined>) => string;

export function ForecastTable({ forecast, to }: { forecast: Forecast; to: To }) {
  const t = useTranslations("dashboard.forecast");
  const f = useFormats();
  const open = (year: number | null, currency: string) => to("/pipeline", { stage: "open", year: year ?? "none", currency });
  const { conversion } = forecast;
  const noYear = t("noYear");
  return (
    <div className="space-y-3">
      {forecast.rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ScrollBox label={t("caption")}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={cell}>{t("year")}</th>
                <th className={cell}>{t("currency")}</th>
                <th className={money}>{t("pipeline")}</th>
                <th className={money}>{t("weighted")}</th>
                <th className={money}>{t("committed")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {forecast.rows.map((r) => (
                <tr key={`${r.year}-${r.currency}`} data-testid={`forecast-${r.year ?? "none"}-${r.currency}`}>
                  <th scope="row" className={`${cell} font-medium`}>
                    {r.year ?? noYear}
                  </th>
                  <td className={cell}>{r.currency}</td>
                  {r.opportunities === 0 ? (
                    // Committed money in a year and currency the pipeline has nothing for.
                    <>
                      <td className={money}>—</td>
                      <td className={money}>—</td>
                    </>
                  ) : (
                    <>
                      <td className={money}>
                        <Link href={open(r.year, r.currency)} className="text-brand-700 hover:underline">
                          {f.money(r.total, r.currency)}
                        </Link>
                        <span className="block text-xs text-slate-500">{t("opportunities", { count: r.opportunities })}</span>
                      </td>
                      <td className={money}>
                        <Link href={open(r.year, r.currency)} className="text-brand-700 hover:underline">
                          {f.money(r.weighted, r.currency)}
                        </Link>
                      </td>
                    </>
                  )}
                  <td className={money}>
                    {r.year === null ? (
                      "—"
                    ) : (
                      <Link href={to("/agreements", { instalmentsIn: r.year })} className="text-brand-700 hover:underline">
                        {f.money(r.committed, r.currency)}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {forecast.usd.years.length > 0 && (
        <ul className="space-y-1 text-sm text-slate-700" data-testid="forecast-usd">
          {forecast.usd.years.map((y) =>
            y.total && y.weighted && y.committed ? (
              <li key={y.year ?? "none"}>
                {y.year === null
                  ? t("inUsdNoYear", { total: f.money(y.total, "USD"), weighted: f.money(y.weighted, "USD") })
                  : t("inUsd", { year: String(y.year), total: f.money(y.total, "USD"), weighted: f.money(y.weighted, "USD"), committed: f.money(y.committed, "USD") })}
              </li>
            ) : (
              <li key={y.year ?? "none"} className="text-xs text-slate-500">
                {t("noUsd", { year: y.year === null ? noYear : String(y.year), currencies: y.missing.join(", ") })}
              </li>
            ),
          )}
          {forecast.usd.rates.length > 0 && <li className="text-xs text-slate-500">{t("rates", { rates: forecast.usd.rates.map((r) => `${r.currency} ${r.usdPerUnit} (${r.month})`).join(", ") })}</li>}
        </ul>
      )}
      <p className="text-sm text-slate-700" data-testid="forecast-conversion">
        {conversion.percent === null ? (
          t("noDecisions")
        ) : (
          <>
            {t("conversion", { percent: conversion.percent })}{" "}
            <Link href={to("/pipeline", { stage: "WON", decidedFrom: conversion.from })} className="text-brand-700 hover:underline">
              {t("won", { count: conversion.won })}
            </Link>
            {" / "}
            <Link href={to("/pipeline", { stage: "decided", decidedFrom: conversion.from })} className="text-brand-700 hover:underline">
              {t("decided", { count: conversion.decided })}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
