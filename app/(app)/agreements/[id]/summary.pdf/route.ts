// GET /agreements/<id>/summary.pdf: the one-page briefing summary, for whoever may see the
// agreement (partners get their own view of it: their action items only).
import { agreementSummaryPdf } from "@/lib/agreements/summary-pdf";
import { findAgreement } from "@/lib/agreements/queries";
import { getViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const agreement = await findAgreement(viewer, (await params).id);
  if (!agreement) return new Response("Not found", { status: 404 });
  const pdf = await agreementSummaryPdf(agreement, { printedOn: today(), locale: await requestLocale() });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${agreement.reference.replace(/[^\w.-]/g, "_")}-summary.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
