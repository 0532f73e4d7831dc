// GET /agreements/export?format=csv|xlsx&<the list's filters>: the filtered list as a file. Reads only.
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { exportAgreements } from "@/lib/agreements/queries";
import { getViewer } from "@/lib/auth/viewer";
import { agreementStatuses, amendmentKinds, clearanceStates, instruments, modalities, partyRoles } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { exportResponse } from "@/lib/domain/table-export";
import { isoDate } from "@/lib/domain/format";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const params = new URL(request.url).searchParams;
  const agreements = await exportAgreements(viewer, parseAgreementFilters(params));
  if (!agreements) return new Response("Not found", { status: 404 });
  return exportResponse(
    exportFormatOf(request.url),
    "agreements",
    ["Reference", "Title", "Instrument", "Modality", "Status", "Parties", "Signed", "Expires", "Countries", "Contribution", "Currency", "Responsible officer", "Clearance", "Amendments"],
    map(agreements, (a) => [
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
      clearanceStates[a.clearance].label,
      a.amendments.map((m) => `${m.number}: ${amendmentKinds[m.kind].label} (${isoDate(m.signedOn)})`).join("; "),
    ]),
  );
}

async function* map<T, U>(rows: AsyncIterable<T>, to: (row: T) => U) {
  for await (const row of rows) yield to(row);
}
