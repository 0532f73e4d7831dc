// GET /agreements/funding/export?format=csv|xlsx&<the agreements list's filters>: the commitments
// under the agreements the list shows, one row per instalment (a commitment without instalments
// has one row of its own), with what was received against it. Reads only; staff only.
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { agreementWhere } from "@/lib/agreements/queries";
import { getViewer } from "@/lib/auth/viewer";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate, today } from "@/lib/domain/format";
import { exportResponse, type ExportCell } from "@/lib/domain/table-export";
import { exportFunding } from "@/lib/funding/queries";
import { instalmentState, instalmentTotals } from "@/lib/funding/totals";
import { exportWords } from "@/lib/i18n/server";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { tAll, columns } = await exportWords();
  const on = today();
  const filters = parseAgreementFilters(new URL(request.url).searchParams);
  const commitments = await exportFunding(viewer, await agreementWhere(viewer, filters, on));
  if (!commitments) return new Response("Not found", { status: 404 });
  const rows = commitments.flatMap((c) => {
    const commitment: ExportCell[] = [c.agreement.reference, c.organisation.name, c.project?.code, c.currency, c.amount.toFixed(2), isoDate(c.committedOn)];
    if (c.instalments.length === 0) return [[...commitment, null, null, null, null, null, null, null]];
    return c.instalments.map((i): ExportCell[] => {
      const { received, outstanding } = instalmentTotals(i);
      return [
        ...commitment,
        isoDate(i.dueOn),
        i.amount.toFixed(2),
        i.condition,
        received.toFixed(2),
        outstanding.toFixed(2),
        tAll(`funding.state.${instalmentState(i, on)}`),
        i.receipts.map((r) => `${isoDate(r.receivedOn)} ${r.amount.toFixed(2)}${r.reference ? ` (${r.reference})` : ""}`).join("; "),
      ];
    });
  });
  return exportResponse(
    exportFormatOf(request.url),
    "funding",
    columns(["agreement", "fundingParty", "project", "currency", "committed", "committedOn", "instalmentDue", "instalmentAmount", "condition", "received", "outstanding", "state", "receipts"]),
    rows,
  );
}
