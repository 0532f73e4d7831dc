// GET /pipeline/export?format=csv|xlsx&<the list's filters>: the filtered pipeline as a file. Reads only.
import { getViewer } from "@/lib/auth/viewer";
import { exportFormatOf } from "@/lib/domain/export-format";
import { isoDate, today } from "@/lib/domain/format";
import { exportResponse } from "@/lib/domain/table-export";
import { exportWords } from "@/lib/i18n/server";
import { parsePipelineFilters } from "@/lib/pipeline/filters";
import { exportOpportunities } from "@/lib/pipeline/queries";
import { probabilityOf } from "@/lib/pipeline/stages";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const { code, columns } = await exportWords();
  const params = new URL(request.url).searchParams;
  const found = await exportOpportunities(viewer, parsePipelineFilters(Object.fromEntries(params)), today());
  if (!found) return new Response("Not found", { status: 404 });
  const { rows, probabilities } = found;
  return exportResponse(
    exportFormatOf(request.url),
    "pipeline",
    columns(["title", "partner", "stage", "amount", "currency", "probability", "weighted", "tranches", "expectedDecision", "nextStep", "nextStepDue", "countries", "office", "officer", "closeReason", "decided", "agreement"]),
    rows.map((o) => {
      const probability = probabilityOf(o, probabilities);
      return [
        o.title,
        o.organisation.name,
        code("opportunityStages", o.stage),
        o.amount.toFixed(2),
        o.currency,
        probability,
        o.amount.times(probability).dividedBy(100).toFixed(2),
        o.tranches.map((t) => `${t.year}: ${t.amount.toFixed(2)}`).join("; "),
        isoDate(o.expectedDecisionOn),
        o.nextStep,
        isoDate(o.nextStepDueOn),
        o.countries.join(" "),
        o.office.name,
        o.responsibleOfficer?.name,
        o.closeReason && code("closeReasons", o.closeReason),
        isoDate(o.decidedOn),
        o.agreement?.reference,
      ];
    }),
  );
}
