// GET /reports/export?format=csv|xlsx&show=<tab>: the partners' reports the list's tab shows, with
// what was reported and decided. Reads only; staff only.
import { getViewer } from "@/lib/auth/viewer";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate, today } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportReports, parseReportFilter } from "@/lib/reporting/queries";
import { exportWords } from "@/lib/i18n/server";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { code, columns } = await exportWords();
  const filter = parseReportFilter(new URL(request.url).searchParams.get("show"));
  const reports = await exportReports(viewer, filter, today());
  if (!reports) return new Response("Not found", { status: 404 });
  return exportResponse(
    exportFormatOf(request.url),
    `reports-${filter}`,
    columns(["project", "partner", "report", "due", "periodStart", "periodEnd", "state", "submitted", "submittedBy", "health", "progress", "narrative", "decided", "decidedBy", "comment"]),
    reports.map((r) => [
      r.project.code,
      r.organisation.name,
      code("reportKinds", r.kind),
      isoDate(r.dueOn),
      isoDate(r.periodStart),
      isoDate(r.periodEnd),
      code("reportStates", r.state),
      isoDate(r.submittedAt),
      r.submittedBy?.name,
      r.health && code("healths", r.health),
      r.progressPercent,
      r.narrative,
      isoDate(r.decidedAt),
      r.decidedBy?.name,
      r.decisionComment,
    ]),
  );
}
