// GET /iati/activities.xml[?office=]: the signed agreements and their projects as an IATI 2.03 activity file,
// for staff (officers, managers, administrators). The reporting organisation comes from
// IATI_ORGANISATION_ID and IATI_ORGANISATION_NAME; without them the file cannot be made.
import { getViewer } from "@/lib/auth/viewer";
import { iatiRecords } from "@/lib/iati/queries";
import { iatiFileResponse } from "@/lib/iati/response";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  // ?office=<id>: that office's activities and those of the offices below it.
  const office = new URL(request.url).searchParams.get("office")?.slice(0, 64) || undefined;
  const records = await iatiRecords(viewer, office);
  if (!records) return new Response("Not found", { status: 404 });
  return iatiFileResponse(records, "staff");
}
