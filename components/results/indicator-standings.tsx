import Link from "next/link";
import { useTranslations } from "next-intl";
import { ON_TRACK_SHARE, type Standing } from "@/lib/results/on-track";
import type { indicatorStandings } from "@/lib/results/queries";

const SHOWN: Standing[] = ["on-track", "behind", "no-data"];
const tones: Record<Standing, string> = { "on-track": "text-emerald-700", behind: "text-red-700", "no-data": "text-slate-600", qualitative: "text-slate-600" };
const BEHIND_LISTED = 8;

/** The dashboard's count of indicators by the on-track rule, with the ones behind named. */
export function IndicatorStandings({ standings }: { standings: Awaited<ReturnType<typeof indicatorStandings>> }) {
  const t = useTranslations("results");
  const { counts, behind } = standings;
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid grid-cols-3 gap-2 text-center">
        {SHOWN.map((s) => (
          <div key={s} className="rounded-md bg-slate-50 p-2">
            <dt className="text-xs text-slate-500">{t(`standings.${s}`)}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${tones[s]}`}>{counts[s]}</dd>
          </div>
        ))}
      </dl>
      {behind.length > 0 && (
        <ul className="space-y-1" aria-label={t("behindLabel")}>
          {behind.slice(0, BEHIND_LISTED).map((i) => (
            <li key={i.id}>
              <Link href={`/projects/${i.project.id}`} className="text-brand-700 hover:underline">
                {i.project.code}
              </Link>{" "}
              {i.title}
            </li>
          ))}
          {behind.length > BEHIND_LISTED && <li className="text-slate-500">{t("andMore", { count: behind.length - BEHIND_LISTED })}</li>}
        </ul>
      )}
      <p className="text-xs text-slate-500">
        {t("dashboardRule", { share: ON_TRACK_SHARE * 100 })}
        {counts.qualitative > 0 && ` ${t("qualitativeNotCounted", { count: counts.qualitative })}`}
      </p>
    </div>
  );
}
