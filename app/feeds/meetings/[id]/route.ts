// GET /feeds/meetings/<id>: one meeting as an .ics file, for whoever may see the meeting.
import { getViewer } from "@/lib/auth/viewer";
import { calendar, icsResponse } from "@/lib/calendar/ics";
import { meetingEvent } from "@/lib/calendar/feed";
import { findMeeting } from "@/lib/meetings/queries";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const meeting = await findMeeting(viewer, (await params).id);
  if (!meeting) return new Response("Not found", { status: 404 });
  const path = `${viewer.role === "PARTNER" ? "/portal" : ""}/meetings/${meeting.id}`;
  return icsResponse(calendar(meeting.title, [meetingEvent(meeting, path, await requestLocale())]), `${meeting.title}.ics`);
}
