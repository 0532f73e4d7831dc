import Link from "next/link";
import { reportKinds } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import type { ReportRow } from "@/lib/reporting/queries";
import { ReportStateBadge } from "./report-state-badge";
import { ScrollBox } from "@/components/ui/scroll-box";

/** Reports as rows: due date, kind, who reports, the period, where it stands. */
export function ReportsTable({ reports, href, today, showProject = false }: { reports: ReportRow[]; href: (id: string) => string; today: Date; showProject?: boolean }) {
  if (reports.length === 0) return <p className="text-sm text-slate-500">No reports.</p>;
  return (
    <ScrollBox label="Reports">
      <table className="w-full text-start text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pe-3 font-medium">Due</th>
            <th scope="col" className="py-2 pe-3 font-medium">Report</th>
            {showProject && <th scope="col" className="py-2 pe-3 font-medium">Project</th>}
            <th scope="col" className="py-2 pe-3 font-medium">Period</th>
            <th scope="col" className="py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reports.map((r) => (
            <tr key={r.id}>
              <td className="py-2 pe-3 whitespace-nowrap">{displayDate(r.dueOn)}</td>
              <td className="py-2 pe-3">
                <Link href={href(r.id)} className="text-brand-700 hover:underline">
                  {reportKinds[r.kind].label}
                </Link>
                <span className="block text-xs text-slate-500">{r.organisation.acronym ?? r.organisation.name}</span>
              </td>
              {showProject && (
                <td className="py-2 pe-3">
                  {r.project.code}
                  <span className="block text-xs text-slate-500">{r.project.title}</span>
                </td>
              )}
              <td className="py-2 pe-3 text-xs whitespace-nowrap text-slate-600">
                {displayDate(r.periodStart)} – {displayDate(r.periodEnd)}
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
