// GET /agreements/export?format=csv|xlsx&<the list's filters>: the filtered list as a file. Reads only.
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { exportAgreements } from "@/lib/agreements/queries";
import { getViewer } from "@/lib/auth/viewer";
import { exportFormatOf } from "@/lib/domain/export-format";
import { exportResponse } from "@/lib/domain/table-export";
import { isoDate } from "@/lib/domain/format";
import { exportWords } from "@/lib/i18n/server";
import { customExportColumns } from "@/lib/custom-fields/export";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { code, columns } = await exportWords();
  const params = new URL(request.url).searchParams;
  const agreements = await exportAgreements(viewer, parseAgreementFilters(params));
  if (!agreements) return new Response("Not found", { status: 404 });
  const custom = await customExportColumns(viewer, "AGREEMENT");
  return exportResponse(
    exportFormatOf(request.url),
    "agreements",
    columns(["reference", "title", "instrument", "modality", "status", "parties", "signed", "expires", "countries", "contribution", "currency", "office", "officer", "clearance", "amendments"]).concat(custom.header),
    map(agreements, (a) => [
      a.reference,
      a.title,
      code("instruments", a.instrument),
      code("modalities", a.modality),
      code("agreementStatuses", a.status),
      a.parties.map((p) => `${p.organisation.name} (${code("partyRoles", p.role)})`).join("; "),
      isoDate(a.signedOn),
      isoDate(a.expiresOn),
      a.countries.join(" "),
      a.contributionAmount?.toFixed(2),
      a.contributionCurrency,
      a.office.name,
      a.responsibleOfficer?.name,
      code("clearanceStates", a.clearance),
      a.amendments.map((m) => `${m.number}: ${code("amendmentKinds", m.kind)} (${isoDate(m.signedOn)})`).join("; "),
      ...custom.cells(a.customValues),
    ]),
  );
}

async function* map<T, U>(rows: AsyncIterable<T>, to: (row: T) => U) {
  for await (const row of rows) yield to(row);
}
