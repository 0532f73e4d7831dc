// The reminder job: turns what needs attention into notifications (one per fact per user: the
// unique (userId, key) makes a second run, or a second instance, a no-op) and, at most once a
// day per user, a digest email of the notifications not yet emailed. Only one instance generates
// at a time (a transaction-scoped advisory lock); delivery is the outbox's.
import { attention, ATTENTION_KINDS, type AttentionItem } from "@/lib/attention/queries";
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import { msg } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/locales";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";

const LOCK = 72_707_370;
const DIGEST_EVERY_HOURS = 20;

/** Who is told about an item: its responsible officer, or every admin when nobody is responsible. */
/** The responsible officer; without one (or if they left), the officers of the record's office; else the administrators. */
function recipients(item: AttentionItem, staff: { id: string; role: string; officeId: string | null }[]): string[] {
  if (item.officerId && staff.some((u) => u.id === item.officerId)) return [item.officerId];
  const officeOfficers = item.officeId ? staff.filter((u) => u.role === "OFFICER" && u.officeId === item.officeId) : [];
  if (officeOfficers.length) return officeOfficers.map((u) => u.id);
  return staff.filter((u) => u.role === "ADMIN").map((u) => u.id);
}

/** An item as its notification reads, in the recipient's language: "title: detail". */
const notificationTitle = (item: AttentionItem, locale: Locale) => say(locale, msg("attention.notification", { title: { text: item.title }, detail: { text: item.detail } }));

/** Partner users told about an item their organisation must act on, with the portal's address. */
function partnerRows(item: AttentionItem, partners: { id: string; organisationId: string | null; locale: string | null }[]) {
  if (!item.partner) return [];
  const { organisationId, href } = item.partner;
  return partners
    .filter((u) => u.organisationId === organisationId)
    .map((u) => ({ userId: u.id, key: item.key, kind: item.kind, title: notificationTitle(item, languageOf(u.locale)), href }));
}

/** The daily digest, in the recipient's language. */
function digestText(locale: Locale, name: string, on: Date, notifications: { kind: string; title: string; href: string }[], partner: boolean) {
  const lines = [say(locale, msg("digest.greeting", { name })), "", say(locale, msg("digest.intro", { date: { date: on } })), ""];
  for (const kind of ATTENTION_KINDS) {
    const group = notifications.filter((n) => n.kind === kind);
    if (group.length === 0) continue;
    lines.push(say(locale, msg("digest.heading", { kind: { text: msg(`attention.kinds.${kind}`) } })));
    for (const n of group) lines.push(`  - ${n.title}`, `    ${appUrl(n.href)}`);
    lines.push("");
  }
  if (partner) lines.push(say(locale, msg("digest.portal", { url: appUrl("/portal") })), "", say(locale, msg("digest.partnerWhy")));
  else lines.push(say(locale, msg("digest.home", { url: appUrl("/home") })), "", say(locale, msg("digest.staffWhy")));
  return lines.join("\n");
}

export async function runReminders(on = today(), now = new Date()) {
  const { items } = await attention(on);
  const users = await db().user.findMany({
    where: { active: true, role: { in: ["OFFICER", "ADMIN", "PARTNER"] } },
    select: { id: true, role: true, name: true, email: true, organisationId: true, officeId: true, locale: true },
  });
  const staff = users.filter((u) => u.role !== "PARTNER");
  const partners = users.filter((u) => u.role === "PARTNER");
  const localeOf = new Map(users.map((u) => [u.id, languageOf(u.locale)]));
  return db().$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`;
    if (!locked) return { skipped: true, notifications: 0, digests: 0 };
    const rows = items.flatMap((item) => [
      ...recipients(item, staff).map((userId) => ({ userId, key: item.key, kind: item.kind, title: notificationTitle(item, localeOf.get(userId)!), href: item.href })),
      ...partnerRows(item, partners),
    ]);
    const created = await tx.notification.createMany({ data: rows, skipDuplicates: true });

    let digests = 0;
    const since = new Date(now.getTime() - DIGEST_EVERY_HOURS * 3_600_000);
    for (const user of users) {
      const pending = await tx.notification.findMany({
        // Only what the job itself notified: steps (clearance, reports) were emailed when taken.
        where: { userId: user.id, emailId: null, readAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, title: true, href: true },
      });
      if (pending.length === 0) continue;
      const recent = await tx.emailMessage.count({ where: { userId: user.id, kind: "digest", createdAt: { gt: since } } });
      if (recent > 0) continue;
      const email = await enqueueMail(tx, {
        userId: user.id,
        to: user.email,
        kind: "digest",
        subject: say(localeOf.get(user.id)!, msg("digest.subject", { count: pending.length })),
        text: digestText(localeOf.get(user.id)!, user.name, on, pending, user.role === "PARTNER"),
      });
      await tx.notification.updateMany({ where: { id: { in: pending.map((n) => n.id) } }, data: { emailId: email.id } });
      digests++;
    }
    return { skipped: false, notifications: created.count, digests };
  });
}
