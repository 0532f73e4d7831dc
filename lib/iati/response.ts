// The IATI activity file as an HTTP answer, for the staff's route and the public one.
import { appUrl } from "@/lib/mail/outbox";
import { iatiActivitiesXml, reportingOrgFromEnv } from "./activities";
import type { IatiAgreement } from "./queries";

const links = { documentUrl: (id: string) => appUrl(`/iati/documents/${id}`) };

export function iatiFileResponse(records: IatiAgreement[], audience: "staff" | "public"): Response {
  const org = reportingOrgFromEnv();
  if (!org) {
    return new Response("The IATI reporting organisation is not configured: set IATI_ORGANISATION_ID and IATI_ORGANISATION_NAME.", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(iatiActivitiesXml(records, org, links), {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      ...(audience === "staff"
        ? { "content-disposition": `attachment; filename="activities-${new Date().toISOString().slice(0, 10)}.xml"`, "cache-control": "private, no-store" }
        : { "cache-control": "public, max-age=300" }),
    },
  });
}
