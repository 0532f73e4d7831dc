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

const when = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Where the person changes their password and signs out elsewhere: staff and partners each have their own page. */
const accountPage = (role: string) => appUrl(role === "PARTNER" ? "/portal/account" : "/account");

const IF_NOT_YOU = (role: string) =>
  `If it was not you, someone else may be signed in as you: change your password at ${accountPage(role)}, ` +
  "sign out there of every session you do not recognise, and tell the unit's administrators.";

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
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true } });
  const browser = browserOf(client.userAgent);
  const newBrowser = !earlier.some((s) => browserOf(s.userAgent) === browser);
  const address = client.ipAddress;
  const newAddress = address !== null && !earlier.some((s) => s.ipAddress !== null && sameNetwork(s.ipAddress, address));
  // Failed attempts since the account's last sign-in (throttled ones were not tried).
  const failures = await tx.signInEvent.count({ where: { email: user.email, success: false, NOT: { reason: "throttled" }, at: { gt: earlier[0].createdAt } } });
  const afterFailures = failures >= FAILURES_WORTH_TELLING;
  if (!newBrowser && !newAddress && !afterFailures) return;
  const unknown = newBrowser && newAddress ? "a browser and an address" : newBrowser ? "a browser" : newAddress ? "an address" : null;
  const why = [unknown && `${unknown} your account had not used before`, afterFailures && `after ${failures} failed attempts since your last sign-in`].filter(Boolean).join(", ");
  await enqueueMail(tx, {
    userId,
    to: user.email,
    kind: "security",
    subject: "A new sign-in to your Partnership records account",
    text: [
      `Dear ${user.name},`,
      "",
      `Your account was signed in to on ${when(at)} from ${browser} at ${address ?? "an unknown address"}: ${why}.`,
      "",
      "If it was you, there is nothing to do.",
      IF_NOT_YOU(user.role),
    ].join("\n"),
  });
}

/** After a change to how the account signs in (its password, its second factors), made in `tx`: `change` says what, as a sentence's start. */
export async function tellOfSignInChange(tx: Prisma.TransactionClient, userId: string, change: string, at = new Date()): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true } });
  await enqueueMail(tx, {
    userId,
    to: user.email,
    kind: "security",
    subject: "A change to how you sign in to Partnership records",
    text: [`Dear ${user.name},`, "", `${change} on ${when(at)}.`, "", "If it was you, there is nothing to do.", IF_NOT_YOU(user.role)].join("\n"),
  });
}
