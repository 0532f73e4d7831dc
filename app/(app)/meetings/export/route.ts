// GET /meetings/export?format=csv|xlsx&<the list's filters>: the filtered meetings as a file. Reads only.
import { getViewer } from "@/lib/auth/viewer";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportMeetings, parseMeetingFilters } from "@/lib/meetings/queries";
import { exportWords } from "@/lib/i18n/server";
import { customExportColumns } from "@/lib/custom-fields/export";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { t, code, columns } = await exportWords();
  const rows = await exportMeetings(viewer, parseMeetingFilters(Object.fromEntries(new URL(request.url).searchParams)));
  if (!rows) return new Response("Not found", { status: 404 });
  const custom = await customExportColumns(viewer, "MEETING");
  return exportResponse(
    exportFormatOf(request.url),
    "meetings",
    columns(["date", "title", "kind", "status", "agreement", "place", "minutesShared", "openItems", "office"]).concat(custom.header),
    rows.map((m) => [
      isoDate(m.heldOn),
      m.title,
      code("meetingKinds", m.kind),
      code("meetingStatuses", m.status),
      m.agreement.reference,
      m.online ? t("online") : m.location,
      m.minutesShared ? t("yes") : t("no"),
      m._count.actionItems,
      (m.office ?? m.agreement.office).name,
      ...custom.cells(m.customValues),
    ]),
  );
}
