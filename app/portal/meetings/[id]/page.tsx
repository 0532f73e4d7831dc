import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MeetingDetails } from "@/components/meetings/meeting-details";
import { requireViewer } from "@/lib/auth/viewer";
import { findMeeting } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Meeting" };

export default async function PortalMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect(`/meetings/${(await params).id}`);
  const meeting = await findMeeting(viewer, (await params).id);
  if (!meeting) notFound();
  return <MeetingDetails meeting={meeting} agreementHref={`/portal/agreements/${meeting.agreement.id}`} />;
}
