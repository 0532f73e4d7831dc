// Telling people about a step someone took (a clearance decision, a partner's report, an action
// item's progress): a notification in the app and an email through the outbox, written in the
// caller's transaction, so the step and its notices land together or not at all. Each goes out in
// its recipient's language, whoever took the step.
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { msg, type Text } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";

export interface Notice {
  /** Names the fact and its moment (e.g. the record's version): one notice per user per key. */
  key: string;
  kind: "clearance" | "report" | "action-item";
  /** What happened, put into each recipient's words. */
  title: Text;
  href: string;
}

export async function notify(tx: Prisma.TransactionClient, userIds: (string | null | undefined)[], notice: Notice) {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, email: true, name: true, locale: true } });
  for (const user of users) {
    const locale = languageOf(user.locale);
    const title = say(locale, notice.title);
    const email = await enqueueMail(tx, {
      userId: user.id,
      to: user.email,
      kind: notice.kind,
      subject: title,
      text: say(locale, msg("notices.email", { name: user.name, title, url: appUrl(notice.href) })),
    });
    await tx.notification.createMany({
      data: [{ userId: user.id, key: notice.key, kind: notice.kind, title, href: notice.href, emailId: email.id }],
      skipDuplicates: true,
    });
  }
}

/** The active users of a partner organisation. */
export async function partnerUserIds(tx: Prisma.TransactionClient, organisationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { organisationId, role: "PARTNER", active: true }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The officer responsible, or every administrator when nobody is. */
export async function responsibleOrAdmins(tx: Prisma.TransactionClient, officerId: string | null): Promise<string[]> {
  if (officerId && (await tx.user.findFirst({ where: { id: officerId, active: true }, select: { id: true } }))) return [officerId];
  return (await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } })).map((u) => u.id);
}
