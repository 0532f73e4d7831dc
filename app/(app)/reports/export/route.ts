// GET /reports/export?format=csv|xlsx&show=<tab>: the partners' reports the list's tab shows, with
// what was reported and decided. Reads only; staff only.
import { getViewer } from "@/lib/auth/viewer";
import { healths, reportKinds, reportStates } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate, today } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportReports, parseReportFilter } from "@/lib/reporting/queries";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const filter = parseReportFilter(new URL(request.url).searchParams.get("show"));
  const reports = await exportReports(viewer, filter, today());
  if (!reports) return new Response("Not found", { status: 404 });
  return exportResponse(
    exportFormatOf(request.url),
    `reports-${filter}`,
    ["Project", "Partner", "Report", "Due", "Period start", "Period end", "State", "Submitted", "Submitted by", "Health", "Progress %", "Narrative", "Decided", "Decided by", "Comment"],
    reports.map((r) => [
      r.project.code,
      r.organisation.name,
      reportKinds[r.kind].label,
      isoDate(r.dueOn),
      isoDate(r.periodStart),
      isoDate(r.periodEnd),
      reportStates[r.state].label,
      isoDate(r.submittedAt),
      r.submittedBy?.name,
      r.health && healths[r.health].label,
      r.progressPercent,
      r.narrative,
      isoDate(r.decidedAt),
      r.decidedBy?.name,
      r.decisionComment,
    ]),
  );
}
