// GET /partners/export?format=csv|xlsx&<the list's filters>: the filtered partners as a file. Reads only.
import { getViewer } from "@/lib/auth/viewer";
import { countryName, organisationKinds } from "@/lib/domain/codelists";
import { exportFormatOf } from "@/lib/domain/export-format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportPartners, parsePartnerFilters } from "@/lib/partners/queries";
import { exportWords } from "@/lib/i18n/server";
import { customExportColumns } from "@/lib/custom-fields/export";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { code, columns } = await exportWords();
  const rows = await exportPartners(viewer, parsePartnerFilters(Object.fromEntries(new URL(request.url).searchParams)));
  if (!rows) return new Response("Not found", { status: 404 });
  const custom = await customExportColumns(viewer, "ORGANISATION");
  return exportResponse(
    exportFormatOf(request.url),
    "partners",
    columns(["name", "acronym", "kind", "iatiOrganisationType", "country", "website", "contacts"]).concat(custom.header),
    rows.map((o) => [
      o.name,
      o.acronym,
      code("organisationKinds", o.kind),
      organisationKinds[o.kind].iati,
      countryName(o.country),
      o.website,
      o.contacts.map((c) => [c.name, c.email].filter(Boolean).join(" ")).join("; "),
      ...custom.cells(o.customValues),
    ]),
  );
}
