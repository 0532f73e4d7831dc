// Telling people by email what happened to their own account's security, so someone using a stolen
// password or phone does not go unseen (ASVS 5.0 6.3.5 and 6.3.7): a sign-in from a browser or an
// address the account had not used, or right after several failed attempts; a change of password;
// every change to the second factors. Each message is queued in the transaction of what it tells
// (lib/mail/outbox.ts).
import net from "node:net";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { browserOf } from "./browser";
import type { ClientInfo } from "./sessions";
import { msg, type Message } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";

/** Where the person changes their password and signs out elsewhere: staff and partners each have their own page. */
const accountPage = (role: string) => appUrl(role === "PARTNER" ? "/portal/account" : "/account");

/** A security message in the account holder's language: what happened, then what to do if it was not them. */
function securityText(user: { name: string; role: string; locale: string | null }, what: Message): string {
  const locale = languageOf(user.locale);
  return say(locale, msg("mail.security", { name: user.name, what: { text: what }, account: accountPage(user.role) }));
}

/** One network: the same IPv4 address, or the same IPv6 /64 (a device's IPv6 address changes within it). */
function sameNetwork(a: string, b: string): boolean {
  if (net.isIPv6(a) && net.isIPv6(b)) {
    const network = new net.BlockList();
    network.addSubnet(a, 64, "ipv6");
    return network.check(b, "ipv6");
  }
  return a === b;
}

/** Failed attempts since the last full sign-in that make a sign-in worth telling about. */
const FAILURES_WORTH_TELLING = 3;

/**
 * After a sign-in (the session `sessionId` just written in `tx`): an email when it came from a
 * browser or an address none of the account's earlier sessions used, or after several failed
 * attempts. The very first sign-in has nothing to compare with, and says nothing.
 */
export async function tellOfNewSignIn(tx: Prisma.TransactionClient, userId: string, sessionId: string, client: ClientInfo, at = new Date()): Promise<void> {
  const earlier = await tx.userSession.findMany({
    where: { userId, id: { not: sessionId } },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { ipAddress: true, userAgent: true, createdAt: true },
  });
  if (earlier.length === 0) return;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, locale: true } });
  const browser = browserOf(client.userAgent);
  const newBrowser = !earlier.some((s) => browserOf(s.userAgent) === browser);
  const address = client.ipAddress;
  const newAddress = address !== null && !earlier.some((s) => s.ipAddress !== null && sameNetwork(s.ipAddress, address));
  // Failed attempts since the account's last sign-in (throttled ones were not tried).
  const failures = await tx.signInEvent.count({ where: { email: user.email, success: false, NOT: { reason: "throttled" }, at: { gt: earlier[0].createdAt } } });
  const afterFailures = failures >= FAILURES_WORTH_TELLING;
  if (!newBrowser && !newAddress && !afterFailures) return;
  const unknown = newBrowser && newAddress ? "both" : newBrowser ? "browser" : newAddress ? "address" : null;
  const why = [unknown && msg("mail.newTo", { what: unknown }), afterFailures && msg("mail.afterFailures", { n: failures })].filter((part): part is Message => Boolean(part));
  const signedIn = msg("mail.signedIn", { at: { moment: at }, browser, address: address ?? "", known: address ? "yes" : "no", why: { list: why } });
  await enqueueMail(tx, {
    userId,
    to: user.email,
    kind: "security",
    subject: say(languageOf(user.locale), msg("mail.signInSubject")),
    text: securityText(user, signedIn),
  });
}

/** After a change to how the account signs in (its password, its second factors), made in `tx`: `change` says what (a "mail.change.…" message). */
export async function tellOfSignInChange(tx: Prisma.TransactionClient, userId: string, change: Message, at = new Date()): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, locale: true } });
  await enqueueMail(tx, {
    userId,
    to: user.email,
    kind: "security",
    subject: say(languageOf(user.locale), msg("mail.changeSubject")),
    text: securityText(user, msg("mail.changed", { change: { text: change }, at: { moment: at } })),
  });
}
