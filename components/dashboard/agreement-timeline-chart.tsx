import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import type { Dashboard } from "@/lib/dashboard/queries";

const statusColor: Record<string, string> = {
  ACTIVE: "bg-emerald-500",
  EXPIRED: "bg-slate-400",
  TERMINATED: "bg-red-400",
  UNDER_NEGOTIATION: "bg-amber-400",
  DRAFT: "bg-slate-300",
};

/**
 * Each agreement's period as a bar across the years around the dashboard's year; today is a line.
 * Time runs left to right in every language (the tracks are dir="ltr"), as on a printed calendar.
 */
export function AgreementTimelineChart({ timeline, on }: { timeline: Dashboard["timeline"]; on: Date }) {
  const t = useTranslations();
  const f = useFormats();
  const from = timeline.from.getTime();
  const span = timeline.to.getTime() - from;
  const at = (d: Date) => Math.min(100, Math.max(0, ((d.getTime() - from) / span) * 100));
  const years: number[] = [];
  for (let y = timeline.from.getUTCFullYear(); y <= timeline.to.getUTCFullYear(); y++) years.push(y);
  if (timeline.rows.length === 0) return <p className="text-sm text-slate-500">{t("dashboard.timeline.none")}</p>;
  return (
    <div>
      <div className="grid grid-cols-[minmax(8rem,16rem)_1fr] gap-x-3 text-xs text-slate-500">
        <span />
        <div className="relative h-5" dir="ltr">
          {years.map((y) => (
            <span key={y} className="absolute -translate-x-1/2" style={{ left: `${at(new Date(Date.UTC(y, 6, 1)))}%` }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      <ul className="space-y-1.5" aria-label={t("dashboard.periods")}>
        {timeline.rows.map((row) => {
          const left = at(row.start);
          const right = row.end ? at(row.end) : 100;
          const period = `${f.date(row.start)} – ${row.end ? f.date(row.end) : t("agreements.openEnded")}`;
          return (
            <li key={row.id} className="grid grid-cols-[minmax(8rem,16rem)_1fr] items-center gap-x-3 text-sm">
              <Link href={`/agreements/${row.id}`} className="truncate text-slate-700 hover:text-brand-700" title={`${row.title} (${period})`}>
                {row.title}
              </Link>
              {/* The bar's meaning for screen readers; sighted readers have the bar and its colour. */}
              <span className="sr-only">
                {period}, {t(`codes.agreementStatuses.${row.status}`)}
              </span>
              <div className="relative h-3 rounded-sm bg-slate-50" dir="ltr">
                {years.slice(1).map((y) => (
                  <span key={y} className="absolute top-0 h-3 border-s border-slate-200" style={{ left: `${at(new Date(Date.UTC(y, 0, 1)))}%` }} aria-hidden />
                ))}
                <span
                  className={`absolute top-0 h-3 rounded-sm ${statusColor[row.status]} ${row.end ? "" : "rounded-e-none"}`}
                  style={{ left: `${left}%`, width: `${Math.max(0.5, right - left)}%` }}
                  title={period}
                  aria-hidden
                />
                <span className="absolute -top-0.5 h-4 border-s-2 border-brand-700" style={{ left: `${at(on)}%` }} aria-hidden />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 flex flex-wrap gap-4 text-xs text-slate-500">
        {(["ACTIVE", "UNDER_NEGOTIATION", "EXPIRED", "TERMINATED"] as const).map((status) => (
          <span key={status}>
            <span className={`me-1 inline-block h-2 w-3 rounded-sm ${statusColor[status]}`} />
            {t(`codes.agreementStatuses.${status}`)}
          </span>
        ))}
        <span>
          <span className="me-1 inline-block h-3 border-s-2 border-brand-700 align-middle" />
          {t("dashboard.timeline.today")}
        </span>
        {timeline.total > timeline.rows.length && <span>{t("dashboard.timeline.first", { shown: timeline.rows.length, total: timeline.total })}</span>}
      </p>
    </div>
  );
}
