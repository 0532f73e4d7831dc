import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { notFound } from "next/navigation";
import { AgreementDetails } from "@/components/agreements/agreement-details";
import { SummaryPdfLink } from "@/components/agreements/summary-pdf-link";
import { ArchiveButton } from "@/components/ui/archive-button";
import { archiveAgreementAction } from "@/lib/agreements/actions";
import { ActivityList } from "@/components/audit/activity-list";
import { ActionItemsList } from "@/components/agreements/action-items-list";
import { AgreementTimeline } from "@/components/agreements/agreement-timeline";
import { findAgreement} from "@/lib/agreements/queries";
import { agreementActivity } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { isoDate, today } from "@/lib/domain/format";
import { FundingSection } from "@/components/funding/funding-section";
import { AmendmentForm } from "@/components/agreements/amendment-form";
import { ClearancePanel } from "@/components/agreements/clearance-panel";
import { commitmentsOfAgreement, fundingFormOptions } from "@/lib/funding/queries";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { can } from "@/lib/policy";
import { recordPage } from "@/lib/domain/record-page";
import { originOf } from "@/lib/pipeline/queries";

const page = recordPage(findAgreement, (a) => a.title, "agreement");
export const generateMetadata = page.generateMetadata;

export default async function AgreementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ receipt?: string | string[] }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  const agreement = await page.load(viewer, (await params).id);
  if (!agreement) notFound();
  const [events, documents, commitments, fundingOptions, origin, t] = await Promise.all([
    agreementActivity(agreement.id),
    documentsOf(viewer, { agreementId: agreement.id }),
    commitmentsOfAgreement(viewer, agreement.id),
    fundingFormOptions(viewer, agreement.id),
    originOf(viewer, agreement.id),
    getTranslations("agreements.page"),
  ]);
  // What the viewer may do here depends on the agreement's office (lib/policy.ts).
  const own = { officeId: agreement.officeId };
  const actions = (
    <>
      <SummaryPdfLink agreementId={agreement.id} />
      {!agreement.archived && agreement.clearance !== "SUBMITTED" && can(viewer, "update", "Agreement", own) && (
        <ButtonLink href={`/agreements/${agreement.id}/edit`}>
          {t("edit")}
        </ButtonLink>
      )}
      {!agreement.archived && !agreement.renewedBy && ["ACTIVE", "EXPIRED"].includes(agreement.status) && can(viewer, "create", "Agreement") && (
        <ButtonLink variant="secondary" href={`/agreements/new?renews=${agreement.id}`}>
          {t("renew")}
        </ButtonLink>
      )}
      {can(viewer, agreement.archived ? "restore" : "archive", "Agreement", own) && (
        <ArchiveButton action={archiveAgreementAction} id={agreement.id} version={agreement.version} archived={agreement.archived} noun="agreement" />
      )}
    </>
  );
  return (
    <AgreementDetails
      agreement={agreement}
      basePath="/agreements"
      projectBasePath="/projects"
      actionItems={<ActionItemsList agreement={agreement} meetingBasePath="/meetings" today={today()} />}
      timeline={<AgreementTimeline agreement={agreement} events={events} basePath="/agreements" meetingBasePath="/meetings" today={today()} />}
      actions={actions}
      meetingAction={
        !agreement.archived &&
        can(viewer, "create", "Meeting", own) && (
          <Link href={`/agreements/${agreement.id}/meetings/new`} className="text-sm text-brand-600 hover:underline print:hidden">
            {t("recordMeeting")}
          </Link>
        )
      }
      projectAction={
        !agreement.archived &&
        can(viewer, "create", "Project", own) && (
          <Link href={`/projects/new?agreement=${agreement.id}`} className="text-sm text-brand-600 hover:underline">
            {t("addProject")}
          </Link>
        )
      }
      clearance={
        ["DRAFT", "UNDER_NEGOTIATION"].includes(agreement.status) &&
        !agreement.archived && (
          <ClearancePanel
            id={agreement.id}
            version={agreement.version}
            state={agreement.clearance}
            comment={agreement.clearanceComment}
            maySubmit={can(viewer, "create", "Clearance", own)}
            mayDecide={can(viewer, "update", "Clearance", own)}
          />
        )
      }
      amendmentForm={
        agreement.status === "ACTIVE" &&
        !agreement.archived &&
        can(viewer, "create", "Amendment", own) && <AmendmentForm agreementId={agreement.id} version={agreement.version} today={isoDate(today())!} />
      }
      funding={
        <FundingSection
          commitments={commitments}
          today={today()}
          editing={fundingOptions && { agreementId: agreement.id, ...fundingOptions, today: isoDate(today())!, receiptFor: receiptFor(await searchParams) }}
        />
      }
      documents={
        <DocumentsSection
          documents={documents}
          parent={{ type: "agreement", id: agreement.id }}
          editable={!agreement.archived && can(viewer, "create", "Document", own)}
          amendments={agreement.amendments}
          maxMb={appEnv().DOCUMENT_MAX_MB}
        />
      }
      activity={<ActivityList events={events} />}
      origin={
        origin && (
          <p className="mt-2 text-sm text-slate-600">
            {t("fromPipeline")}{" "}
            <Link href={`/pipeline/${origin.id}`} className="text-brand-700 hover:underline">
              {origin.title}
            </Link>
          </p>
        )
      }
    />
  );
}

/** The instalment a "Record a receipt" link opened the receipt form for (`?receipt=`), if any. */
const receiptFor = ({ receipt }: { receipt?: string | string[] }) => (typeof receipt === "string" ? receipt : null);
