// GET /feeds/<token>: a user's private calendar feed (calendar apps cannot sign in: the token is
// the credential, revocable from the calendar page). Unknown or revoked tokens get 404.
import { calendar, icsResponse } from "@/lib/calendar/ics";
import { feedEvents, viewerForFeedToken } from "@/lib/calendar/feed";
import { msg } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const viewer = await viewerForFeedToken((await params).token);
  if (!viewer) return new Response("Not found", { status: 404 });
  return icsResponse(calendar(say(languageOf(viewer.locale), msg("feeds.name", { name: viewer.name })), await feedEvents(viewer)), "partnership-records.ics");
}
