// One partner report: what it covers, where it stands, what the partner wrote and measured, its
// files and its history. The page adds the form the viewer may use (submit, or decide).
import Link from "next/link";
import { ActivityList } from "@/components/audit/activity-list";
import { HealthBadge } from "@/components/projects/health-badge";
import { Section } from "@/components/ui/section";
import { reportKinds } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import type { ReportDetail } from "@/lib/reporting/queries";
import { ReportStateBadge } from "./report-state-badge";
import { ScrollBox } from "@/components/ui/scroll-box";

export function ReportDetails({ report, projectHref, today, form }: { report: ReportDetail; projectHref: string; today: Date; form?: React.ReactNode }) {
  const submitted = report.state !== "DUE";
  return (
    <div className="space-y-6">
      <div>
        <Link href={projectHref} className="text-sm text-brand-600 hover:underline print:hidden">
          ← {report.project.code} {report.project.title}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {reportKinds[report.kind].label} due {displayDate(report.dueOn)}
          </h1>
          <ReportStateBadge state={report.state} dueOn={report.dueOn} today={today} />
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {report.organisation.name} · the period {displayDate(report.periodStart)} – {displayDate(report.periodEnd)}
          {report.submittedAt && ` · submitted ${displayDate(report.submittedAt)}${report.submittedBy ? ` by ${report.submittedBy.name}` : ""}`}
        </p>
      </div>
      {report.decisionComment && (
        <div role="note" className={`rounded-md border p-4 text-sm ${report.state === "RETURNED" ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}>
          <p className="font-medium">
            {report.state === "RETURNED" ? "Returned" : "Reviewed"} by {report.decidedBy?.name ?? "the unit"} on {displayDate(report.decidedAt)}:
          </p>
          <p className="mt-1 whitespace-pre-line">{report.decisionComment}</p>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {form}
          {submitted && (
            <Section title="The report">
              <div className="space-y-3 text-sm">
                {report.health && (
                  <p className="flex items-center gap-2">
                    <HealthBadge health={report.health} /> {report.progressPercent}% done
                  </p>
                )}
                <p className="whitespace-pre-line text-slate-800">{report.narrative}</p>
                {report.indicators.some((i) => i.value || i.comment) && (
                  <ScrollBox label="Indicator actuals reported">
                    <table className="w-full text-start text-sm">
                      <caption className="sr-only">Indicator actuals reported for the period</caption>
                      <thead className="text-xs text-slate-500">
                        <tr>
                          <th scope="col" className="py-1 pe-3 font-medium">Indicator</th>
                          <th scope="col" className="py-1 pe-3 text-end font-medium">Target</th>
                          <th scope="col" className="py-1 pe-3 text-end font-medium">Actual</th>
                          <th scope="col" className="py-1 font-medium">Comment</th>
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
          <Section title="Attachments">
            {report.documents.length === 0 ? (
              <p className="text-sm text-slate-500">None.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {report.documents.map((d) => (
                  <li key={d.id}>
                    <a href={`/documents/${d.id}`} className="text-brand-700 hover:underline">
                      {d.filename}
                    </a>{" "}
                    <span className="text-xs text-slate-500">({Math.ceil(d.sizeBytes / 1024)} KB)</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="History">
            <ActivityList events={report.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
