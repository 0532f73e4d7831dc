import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDetails } from "@/components/agreements/agreement-details";
import { SummaryPdfLink } from "@/components/agreements/summary-pdf-link";
import { ActionItemsList } from "@/components/agreements/action-items-list";
import { AgreementTimeline } from "@/components/agreements/agreement-timeline";
import { findAgreement} from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { FundingSection } from "@/components/funding/funding-section";
import { commitmentsOfAgreement } from "@/lib/funding/queries";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findAgreement, (a) => a.title, "agreement");
export const generateMetadata = page.generateMetadata;

export default async function PortalAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect("/agreements");
  const agreement = await page.load(viewer, (await params).id);
  if (!agreement) notFound();
  const [documents, commitments, t] = await Promise.all([documentsOf(viewer, { agreementId: agreement.id }), commitmentsOfAgreement(viewer, agreement.id), getTranslations("funding")]);
  return (
    <AgreementDetails
      agreement={agreement}
      basePath="/portal/agreements"
      projectBasePath="/portal/projects"
      actions={<SummaryPdfLink agreementId={agreement.id} />}
      actionItems={<ActionItemsList agreement={agreement} meetingBasePath="/portal/meetings" today={today()} />}
      timeline={<AgreementTimeline agreement={agreement} basePath="/portal/agreements" meetingBasePath="/portal/meetings" today={today()} />}
      funding={commitments.length > 0 && <FundingSection commitments={commitments} today={today()} title={t("yourContributions")} />}
      documents={<DocumentsSection documents={documents} parent={{ type: "agreement", id: agreement.id }} editable={false} maxMb={appEnv().DOCUMENT_MAX_MB} />}
    />
  );
}
