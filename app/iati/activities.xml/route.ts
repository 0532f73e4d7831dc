// GET /iati/activities.xml: the signed agreements and their projects as an IATI 2.03 activity file,
// for staff (officers, managers, administrators). The reporting organisation comes from
// IATI_ORGANISATION_ID and IATI_ORGANISATION_NAME; without them the file cannot be made.
import { getViewer } from "@/lib/auth/viewer";
import { iatiActivitiesXml, reportingOrgFromEnv } from "@/lib/iati/activities";
import { iatiRecords } from "@/lib/iati/queries";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const records = await iatiRecords(viewer);
  if (!records) return new Response("Not found", { status: 404 });
  const org = reportingOrgFromEnv();
  if (!org) {
    return new Response("The IATI reporting organisation is not configured: set IATI_ORGANISATION_ID and IATI_ORGANISATION_NAME.", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(iatiActivitiesXml(records, org), {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      "content-disposition": `attachment; filename="activities-${new Date().toISOString().slice(0, 10)}.xml"`,
      "cache-control": "private, no-store",
    },
  });
}
