import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingDetails } from "@/components/meetings/meeting-details";
import { buttonClass } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/viewer";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { findMeeting } from "@/lib/meetings/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findMeeting, (m) => m.title, "meeting");
export const generateMetadata = page.generateMetadata;

export default async function PortalMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect(`/meetings/${(await params).id}`);
  const meeting = await page.load(viewer, (await params).id);
  if (!meeting) notFound();
  const [documents, t] = await Promise.all([documentsOf(viewer, { meetingId: meeting.id }), getTranslations("calendar")]);
  return (
    <MeetingDetails
      meeting={meeting}
      agreementHref={`/portal/agreements/${meeting.agreement.id}`}
      commentable
      acknowledgeable
      progress="partner"
      actions={
        <a href={`/feeds/meetings/${meeting.id}`} download className={buttonClass("secondary", "")}>
          {t("addToCalendar")}
        </a>
      }
      documents={<DocumentsSection documents={documents} parent={{ type: "meeting", id: meeting.id }} editable={false} maxMb={appEnv().DOCUMENT_MAX_MB} />}
    />
  );
}
