// Proving a second factor with a code: the authenticator app's (each 30-second step used once),
// or a recovery code (each used once). Wrong codes are failed sign-ins of the user's email, so the
// stored back-off that slows password guessing slows code guessing too (lib/auth/throttle.ts).
import { db } from "@/lib/db";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import type { Viewer } from "@/lib/policy";
import { tellOfSignInChange } from "../security-mail";
import type { ClientInfo } from "../sessions";
import { signInWait } from "../throttle";
import { waitValue } from "../wait-text";
import { looksLikeRecoveryCode, matchingRecoveryCode } from "./recovery-codes";
import { unseal } from "./secret-box";
import { matchingStep } from "./totp";
import { msg } from "@/lib/i18n/message";

export const WRONG_CODE = msg("problems.codeWrong");

/** Marks the session as having proved its second factor now. */
export async function markProved(sessionId: string, now = new Date()): Promise<void> {
  await db().userSession.update({ where: { id: sessionId }, data: { secondFactorAt: now } });
}

/** Spends a TOTP step: false when this step or a later one was already used (a replay). */
async function spendStep(userId: string, step: number): Promise<boolean> {
  const spent = await db().$executeRaw`
    UPDATE "User" SET "totpLastStep" = ${step} WHERE id = ${userId} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return spent === 1;
}

async function codeIsRight(userId: string, code: string, now: Date): Promise<"app" | "recovery" | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpConfirmedAt: true } });
  if (!user) return null;
  const digits = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) {
    const secret = user.totpConfirmedAt && user.totpSecret ? unseal(user.totpSecret) : null;
    const step = secret ? matchingStep(secret, digits, now) : null;
    return step !== null && (await spendStep(userId, step)) ? "app" : null;
  }
  if (!looksLikeRecoveryCode(code)) return null;
  const id = await matchingRecoveryCode(code, await db().recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } }));
  // Spent at most once, even by two requests at the same moment.
  const used = id ? await db().recoveryCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } }) : { count: 0 };
  return used.count === 1 ? "recovery" : null;
}

/**
 * Checks a code of `who` (the session's user) and, when right, marks the session proved. Throttled
 * and wrong attempts are recorded as sign-in events of the user's email.
 */
export async function proveWithCode(who: Pick<Viewer, "userId" | "email" | "sessionId">, code: string, client: ClientInfo, now = new Date()): Promise<ActionResult<{ id: string; kind: "app" | "recovery" }>> {
  if (!code.trim()) return refused(msg("problems.enterCode"), { code: msg("problems.enter6DigitCodeFrom") });
  const event = { at: now, email: who.email, userId: who.userId, ipAddress: client.ipAddress };
  const retryAfter = await signInWait(who.email, client.ipAddress, now);
  if (retryAfter > 0) {
    await db().signInEvent.create({ data: { ...event, success: false, reason: "throttled" } });
    return refused(msg("problems.tooManyFailedAttempts", { wait: waitValue(retryAfter) }));
  }
  const kind = code.length <= 64 ? await codeIsRight(who.userId, code.trim(), now) : null;
  if (!kind) {
    await db().signInEvent.create({ data: { ...event, success: false, reason: "wrong second-factor code" } });
    return refused(WRONG_CODE, { code: WRONG_CODE });
  }
  await db().$transaction(async (tx) => {
    await tx.signInEvent.create({ data: { ...event, success: true, reason: null } });
    if (kind !== "recovery") return;
    const left = await tx.recoveryCode.count({ where: { userId: who.userId, usedAt: null } });
    await tellOfSignInChange(tx, who.userId, msg("mail.change.codeUsed", { left }), now);
  });
  await markProved(who.sessionId, now);
  return { ok: true, id: who.userId, kind };
}
