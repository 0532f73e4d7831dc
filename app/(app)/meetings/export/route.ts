// GET /meetings/export?format=csv|xlsx&<the list's filters>: the filtered meetings as a file. Reads only.
import { getViewer } from "@/lib/auth/viewer";
import { meetingKinds, meetingStatuses } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportMeetings, parseMeetingFilters } from "@/lib/meetings/queries";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const rows = await exportMeetings(viewer, parseMeetingFilters(Object.fromEntries(new URL(request.url).searchParams)));
  if (!rows) return new Response("Not found", { status: 404 });
  return exportResponse(
    exportFormatOf(request.url),
    "meetings",
    ["Date", "Title", "Kind", "Status", "Agreement", "Place", "Minutes shared", "Open action items"],
    rows.map((m) => [
      isoDate(m.heldOn),
      m.title,
      meetingKinds[m.kind].label,
      meetingStatuses[m.status].label,
      m.agreement.reference,
      m.online ? "Online" : m.location,
      m.minutesShared ? "yes" : "no",
      m._count.actionItems,
    ]),
  );
}
