// One partner report: what it covers, where it stands, what the partner wrote and measured, its
// files and its history. The page adds the form the viewer may use (submit, or decide).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import { ActivityList } from "@/components/audit/activity-list";
import { HealthBadge } from "@/components/projects/health-badge";
import { Section } from "@/components/ui/section";
import { useFormats } from "@/lib/i18n/use-formats";
import type { ReportDetail } from "@/lib/reporting/queries";
import { ReportStateBadge } from "./report-state-badge";
import { ScrollBox } from "@/components/ui/scroll-box";

export function ReportDetails({ report, projectHref, today, form }: { report: ReportDetail; projectHref: string; today: Date; form?: React.ReactNode }) {
  const t = useTranslations();
  const tDetail = useTranslations("reports.detail");
  const f = useFormats();
  const submitted = report.state !== "DUE";
  return (
    <div className="space-y-6">
      <div>
        <Link href={projectHref} className="text-sm text-brand-600 hover:underline print:hidden">
          <Arrow to="back" /> <span dir="ltr">{report.project.code}</span> {report.project.title}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {tDetail("title", { kind: t(`codes.reportKinds.${report.kind}`), date: f.date(report.dueOn) })}
          </h1>
          <ReportStateBadge state={report.state} dueOn={report.dueOn} today={today} />
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {report.organisation.name} · {tDetail("period", { start: f.date(report.periodStart), end: f.date(report.periodEnd) })}
          {report.submittedAt && ` · ${tDetail("submitted", { date: f.date(report.submittedAt), by: report.submittedBy?.name ?? "none" })}`}
        </p>
      </div>
      {report.decisionComment && (
        <div role="note" className={`rounded-md border p-4 text-sm ${report.state === "RETURNED" ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}>
          <p className="font-medium">
            {tDetail("decided", { returned: report.state === "RETURNED" ? "yes" : "no", by: report.decidedBy?.name ?? tDetail("theUnit"), date: f.date(report.decidedAt) })}
          </p>
          <p className="mt-1 whitespace-pre-line">{report.decisionComment}</p>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {form}
          {submitted && (
            <Section title={tDetail("report")}>
              <div className="space-y-3 text-sm">
                {report.health && (
                  <p className="flex items-center gap-2">
                    <HealthBadge health={report.health} /> {tDetail("progress", { percent: report.progressPercent ?? 0 })}
                  </p>
                )}
                <p className="whitespace-pre-line text-slate-800">{report.narrative}</p>
                {report.indicators.some((i) => i.value || i.comment) && (
                  <ScrollBox label={tDetail("actualsLabel")}>
                    <table className="w-full text-start text-sm">
                      <caption className="sr-only">{tDetail("actualsCaption")}</caption>
                      <thead className="text-xs text-slate-500">
                        <tr>
                          <th scope="col" className="py-1 pe-3 font-medium">{tDetail("indicator")}</th>
                          <th scope="col" className="py-1 pe-3 text-end font-medium">{tDetail("target")}</th>
                          <th scope="col" className="py-1 pe-3 text-end font-medium">{tDetail("actual")}</th>
                          <th scope="col" className="py-1 font-medium">{tDetail("comment")}</th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {report.indicators
                          .filter((i) => i.value || i.comment)
                          .map((i) => (
                            <tr key={i.id}>
                              <th scope="row" className="py-1 pe-3 font-normal">{i.title}</th>
                              <td className="py-1 pe-3 text-end tabular-nums">{i.target ?? "—"}</td>
                              <td className="py-1 pe-3 text-end tabular-nums">{i.value || "—"}</td>
                              <td className="py-1 text-slate-600">{i.comment}</td>
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  </ScrollBox>
                )}
              </div>
            </Section>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          <Section title={tDetail("attachments")}>
            {report.documents.length === 0 ? (
              <p className="text-sm text-slate-500">{tDetail("none")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {report.documents.map((d) => (
                  <li key={d.id}>
                    <a href={`/documents/${d.id}`} className="text-brand-700 hover:underline">
                      {d.filename}
                    </a>{" "}
                    <span className="text-xs text-slate-500">({t("documents.sizeKb", { size: f.number(Math.ceil(d.sizeBytes / 1024)) })})</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={tDetail("history")}>
            <ActivityList events={report.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
