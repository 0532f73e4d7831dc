// GET /agreements/export?<the list's filters>: the filtered list as CSV. Reads only.
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { exportAgreements } from "@/lib/agreements/queries";
import { getViewer } from "@/lib/auth/viewer";
import { agreementStatuses, instruments, modalities, partyRoles } from "@/lib/domain/codelists";
import { toCsv } from "@/lib/domain/csv";
import { isoDate } from "@/lib/domain/format";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const rows = await exportAgreements(viewer, parseAgreementFilters(new URL(request.url).searchParams));
  if (!rows) return new Response("Not found", { status: 404 });
  const csv = toCsv(
    ["Reference", "Title", "Instrument", "Modality", "Status", "Parties", "Signed", "Expires", "Countries", "Contribution", "Currency", "Responsible officer"],
    rows.map((a) => [
      a.reference,
      a.title,
      instruments[a.instrument].label,
      modalities[a.modality].label,
      agreementStatuses[a.status].label,
      a.parties.map((p) => `${p.organisation.name} (${partyRoles[p.role].label})`).join("; "),
      isoDate(a.signedOn),
      isoDate(a.expiresOn),
      a.countries.join(" "),
      a.contributionAmount?.toFixed(2),
      a.contributionCurrency,
      a.responsibleOfficer?.name,
    ]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="agreements-${isoDate(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
}
