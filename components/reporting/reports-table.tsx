import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import type { ReportRow } from "@/lib/reporting/queries";
import { ReportStateBadge } from "./report-state-badge";
import { ScrollBox } from "@/components/ui/scroll-box";

/** Reports as rows: due date, kind, who reports, the period, where it stands. */
export function ReportsTable({ reports, href, today, showProject = false }: { reports: ReportRow[]; href: (id: string) => string; today: Date; showProject?: boolean }) {
  const t = useTranslations();
  const f = useFormats();
  if (reports.length === 0) return <p className="text-sm text-slate-500">{t("reports.table.none")}</p>;
  return (
    <ScrollBox label={t("reports.table.label")}>
      <table className="w-full text-start text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pe-3 font-medium">{t("reports.table.due")}</th>
            <th scope="col" className="py-2 pe-3 font-medium">{t("reports.table.report")}</th>
            {showProject && <th scope="col" className="py-2 pe-3 font-medium">{t("reports.table.project")}</th>}
            <th scope="col" className="py-2 pe-3 font-medium">{t("reports.table.period")}</th>
            <th scope="col" className="py-2 font-medium">{t("reports.table.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reports.map((r) => (
            <tr key={r.id}>
              <td className="py-2 pe-3 whitespace-nowrap">{f.date(r.dueOn)}</td>
              <td className="py-2 pe-3">
                <Link href={href(r.id)} className="text-brand-700 hover:underline">
                  {t(`codes.reportKinds.${r.kind}`)}
                </Link>
                <span className="block text-xs text-slate-500">{r.organisation.acronym ?? r.organisation.name}</span>
              </td>
              {showProject && (
                <td className="py-2 pe-3">
                  <span dir="ltr">{r.project.code}</span>
                  <span className="block text-xs text-slate-500">{r.project.title}</span>
                </td>
              )}
              <td className="py-2 pe-3 text-xs whitespace-nowrap text-slate-600">
                {f.date(r.periodStart)} – {f.date(r.periodEnd)}
              </td>
              <td className="py-2">
                <ReportStateBadge state={r.state} dueOn={r.dueOn} today={today} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
