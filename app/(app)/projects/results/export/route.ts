// GET /projects/results/export?format=csv|xlsx&<the projects list's filters>: the results
// frameworks of the projects the list shows, one row per indicator period (an indicator without
// periods has one row of its own), with where each indicator stands. Reads only; staff only.
import { getViewer } from "@/lib/auth/viewer";
import { indicatorMeasures, resultTypes } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate } from "@/lib/domain/format";
import { exportResponse, type ExportCell } from "@/lib/domain/table-export";
import { parseProjectFilters, projectWhere } from "@/lib/projects/queries";
import { exportResults, judge } from "@/lib/results/queries";
import { exportWords } from "@/lib/i18n/server";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { tAll, code, columns } = await exportWords();
  const filters = parseProjectFilters(Object.fromEntries(new URL(request.url).searchParams));
  const indicators = await exportResults(viewer, await projectWhere(viewer, filters));
  if (!indicators) return new Response("Not found", { status: 404 });
  const rows = indicators.flatMap((i) => {
    const indicator: ExportCell[] = [
      i.result.project.code,
      code("resultTypes", i.result.type),
      resultTypes[i.result.type].iati,
      i.result.title,
      i.title,
      indicatorMeasures[i.measure].iati,
      i.ascending ? "1" : "0",
      i.baselineYear,
      i.baselineValue?.toString(),
      tAll(`results.standings.${judge(i)}`),
    ];
    if (i.periods.length === 0) return [[...indicator, null, null, null, null, null, null]];
    return i.periods.map((p): ExportCell[] => [...indicator, isoDate(p.periodStart), isoDate(p.periodEnd), p.target?.toString(), p.actual?.toString(), p.comment, p.report?.organisation.name]);
  });
  return exportResponse(
    exportFormatOf(request.url),
    "results",
    columns(["project", "resultType", "iatiResultType", "result", "indicator", "iatiMeasure", "ascending", "baselineYear", "baseline", "standing", "periodStart", "periodEnd", "target", "actual", "comment", "reportedBy"]),
    rows,
  );
}
