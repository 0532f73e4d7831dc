// GET /projects/export?format=csv|xlsx&<the list's filters>: the filtered projects as a file. Reads only.
import { getViewer } from "@/lib/auth/viewer";
import { healths, projectLifecycles } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportProjects, parseProjectFilters } from "@/lib/projects/queries";
import { exportWords } from "@/lib/i18n/server";
import { customExportColumns } from "@/lib/custom-fields/export";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { code, columns } = await exportWords();
  const rows = await exportProjects(viewer, parseProjectFilters(Object.fromEntries(new URL(request.url).searchParams)));
  if (!rows) return new Response("Not found", { status: 404 });
  const custom = await customExportColumns(viewer, "PROJECT");
  return exportResponse(
    exportFormatOf(request.url),
    "projects",
    columns(["code", "title", "agreement", "stage", "iatiActivityStatus", "health", "progress", "countries", "budget", "currency", "starts", "ends", "office"]).concat(custom.header),
    rows.map((p) => [
      p.code,
      p.title,
      p.agreement?.reference,
      code("projectLifecycles", p.lifecycle),
      projectLifecycles[p.lifecycle].iati,
      p.statusReports[0] ? healths[p.statusReports[0].health].label : null,
      p.statusReports[0]?.progressPercent,
      p.countries.join(" "),
      p.budgetAmount?.toFixed(2),
      p.budgetCurrency,
      isoDate(p.startsOn),
      isoDate(p.endsOn),
      p.office.name,
      ...custom.cells(p.customValues),
    ]),
  );
}
