// Calendar feeds: each user may have one private feed URL (a random token; only its sha256 is
// kept, on the user) of the meetings and agreement expiries they may see. Making a new link
// revokes the old one; revoking leaves none. A deactivated user's feed answers nothing. Its words
// are in its owner's language (a calendar app sends none of its own).
import { viewerOfUser } from "@/lib/offices/reach";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/mail/outbox";
import { scope, type Viewer } from "@/lib/policy";
import type { CalendarEvent } from "./ics";
import type { Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";

const HOST = "partnership-records";

export async function createFeedToken(viewer: Viewer): Promise<string> {
  const token = newToken();
  await db().user.update({ where: { id: viewer.userId }, data: { calendarTokenHash: hashToken(token) } });
  return token;
}

export async function revokeFeedToken(viewer: Viewer): Promise<void> {
  await db().user.update({ where: { id: viewer.userId }, data: { calendarTokenHash: null } });
}

export async function hasFeed(viewer: Viewer): Promise<boolean> {
  return (await db().user.count({ where: { id: viewer.userId, calendarTokenHash: { not: null } } })) > 0;
}

/** The viewer a feed token stands for, or null (unknown, revoked, or the user is deactivated). */
export async function viewerForFeedToken(token: string): Promise<Viewer | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const user = await db().user.findUnique({ where: { calendarTokenHash: hashToken(token) } });
  if (!user?.active) return null;
  return { ...(await viewerOfUser(user, "calendar-feed")), locale: languageOf(user.locale) };
}

export const meetingEvent = (
  m: { id: string; title: string; heldOn: Date; status: string; location: string | null; online: boolean; agreement: { title: string } },
  path: string,
  locale: Locale,
): CalendarEvent => ({
  uid: `meeting-${m.id}@${HOST}`,
  date: m.heldOn,
  summary: m.title,
  description: `${m.agreement.title}\n${say(locale, msg(`codes.meetingStatuses.${m.status}`))}`,
  location: m.online ? say(locale, msg("feeds.online")) : m.location,
  url: appUrl(path),
  status: m.status === "CANCELLED" ? "CANCELLED" : m.status === "HELD" ? "CONFIRMED" : "TENTATIVE",
});

/**
 * Meetings and expiries from a year ago on, as far as the viewer reads them: partners' own
 * agreements; officers' own; managers' their offices'; administrators' all.
 */
export async function feedEvents(viewer: Viewer, on = today()): Promise<CalendarEvent[]> {
  const since = new Date(on.getTime() - 365 * 86_400_000);
  const own: Prisma.AgreementWhereInput = { archived: false, ...(viewer.role === "OFFICER" && { responsibleOfficerId: viewer.userId }) };
  const agreements: Prisma.AgreementWhereInput = { ...scope(viewer).agreement, ...own };
  const portal = viewer.role === "PARTNER" ? "/portal" : "";
  const locale = languageOf(viewer.locale);
  const [meetings, expiries] = await Promise.all([
    db().meeting.findMany({
      // The meetings the viewer may read (one held by another office than its agreement's is that
      // office's, not its agreement's), under live agreements (an officer's: their own).
      where: { AND: [scope(viewer).meeting, { archived: false, heldOn: { gte: since }, agreement: own }] },
      orderBy: { heldOn: "asc" },
      take: 2000,
      select: { id: true, title: true, heldOn: true, status: true, location: true, online: true, agreement: { select: { title: true } } },
    }),
    db().agreement.findMany({
      where: { ...agreements, expiresOn: { gte: since }, status: { in: ["ACTIVE", "UNDER_NEGOTIATION", "EXPIRED"] } },
      orderBy: { expiresOn: "asc" },
      take: 2000,
      select: { id: true, title: true, reference: true, expiresOn: true },
    }),
  ]);
  return [
    ...meetings.map((m) => meetingEvent(m, `${portal}/meetings/${m.id}`, locale)),
    ...expiries.map(
      (a): CalendarEvent => ({
        uid: `expiry-${a.id}@${HOST}`,
        date: a.expiresOn!,
        summary: say(locale, msg("feeds.expires", { title: a.title })),
        description: say(locale, msg("feeds.expiresToday", { reference: a.reference })),
        url: appUrl(`${portal}/agreements/${a.id}`),
      }),
    ),
  ];
}
