import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityList } from "@/components/audit/activity-list";
import { MeetingDetails } from "@/components/meetings/meeting-details";
import { ArchiveButton } from "@/components/ui/archive-button";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { activityOf } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { archiveMeetingAction } from "@/lib/meetings/actions";
import { findMeeting } from "@/lib/meetings/queries";
import { can } from "@/lib/policy";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findMeeting, (m) => m.title, "meeting");
export const generateMetadata = page.generateMetadata;

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  const meeting = await page.load(viewer, (await params).id);
  if (!meeting) notFound();
  // What the viewer may do here depends on the meeting's office (lib/policy.ts).
  const own = { officeId: meeting.officeId ?? meeting.agreement.officeId };
  const [events, documents, t] = await Promise.all([activityOf("Meeting", meeting.id), documentsOf(viewer, { meetingId: meeting.id }), getTranslations()]);
  return (
    <MeetingDetails
      meeting={meeting}
      agreementHref={`/agreements/${meeting.agreement.id}`}
      documents={
        <DocumentsSection
          documents={documents}
          parent={{ type: "meeting", id: meeting.id }}
          editable={!meeting.archived && can(viewer, "create", "Document", own)}
          maxMb={appEnv().DOCUMENT_MAX_MB}
        />
      }
      activity={<ActivityList events={events} />}
      commentable={!meeting.archived && can(viewer, "create", "Comment", own)}
      progress={can(viewer, "update", "ActionItem", own) ? "staff" : undefined}
      actions={
        <>
          <a href={`/feeds/meetings/${meeting.id}`} download className={buttonClass("secondary", "")}>
            {t("calendar.addToCalendar")}
          </a>
          {/* A meeting of an archived agreement is kept as it was: restore the agreement to change it. */}
          {!meeting.archived && !meeting.agreement.archived && can(viewer, "update", "Meeting", own) && <ButtonLink href={`/meetings/${meeting.id}/edit`}>{t("agreements.page.edit")}</ButtonLink>}
          {can(viewer, meeting.archived ? "restore" : "archive", "Meeting", own) && (
            <ArchiveButton action={archiveMeetingAction} id={meeting.id} version={meeting.version} archived={meeting.archived} noun="meeting" />
          )}
        </>
      }
    />
  );
}
