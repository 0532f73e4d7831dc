// Sign-in back-off, stored in the database (SignInEvent), so it holds across app instances and
// restarts: after 5 failures for one email, or 20 from one IP address, within 15 minutes, each
// further attempt must wait 30 s, doubling per failure up to 15 minutes after the last one.
// Unknown and known emails are throttled alike (no enumeration); throttled attempts are recorded
// but do not extend the wait, and a successful sign-in clears the email's count. Wrong second-factor
// codes are failures of the same email (lib/auth/second-factor/verify.ts).
import { db } from "@/lib/db";

export const WINDOW_MINUTES = 15;
export const EMAIL_FAILURES = 5;
export const IP_FAILURES = 20;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

export class SignInThrottledError extends Error {
  name = "SignInThrottledError";
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled:${retryAfterSeconds}`);
  }
}

function wait(failures: { at: Date }[], threshold: number, now: Date): number {
  if (failures.length < threshold) return 0;
  const last = Math.max(...failures.map((f) => f.at.getTime()));
  const seconds = Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures.length - threshold));
  return Math.max(0, Math.ceil((last + seconds * 1000 - now.getTime()) / 1000));
}

/** Seconds this attempt must still wait; 0 when it may go ahead. */
export async function signInWait(email: string, ipAddress: string | null, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  // A full sign-in (reason null): a right password still waiting for its second factor does not count.
  const lastSuccess = await db().signInEvent.findFirst({ where: { email, success: true, reason: null, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true } });
  const failed = { success: false, NOT: { reason: "throttled" } };
  const [byEmail, byIp] = await Promise.all([
    db().signInEvent.findMany({ where: { ...failed, email, at: { gte: lastSuccess?.at ?? since } }, select: { at: true } }),
    ipAddress ? db().signInEvent.findMany({ where: { ...failed, ipAddress, at: { gte: since } }, select: { at: true } }) : [],
  ]);
  return Math.max(wait(byEmail, EMAIL_FAILURES, now), wait(byIp, IP_FAILURES, now));
}
