// Enrolling and removing an authenticator app, and the recovery codes that go with second factors.
// Every change is audited on the user; turning the app off asks for the password and a code.
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/policy";
import { verifyPassword } from "../password";
import { tellOfSignInChange } from "../security-mail";
import type { ClientInfo } from "../sessions";
import { stepUpRefusal } from "./gate";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import { seal, unseal } from "./secret-box";
import { matchingStep, newTotpSecret } from "./totp";
import { markProved, proveWithCode, WRONG_CODE } from "./verify";
import { msg } from "@/lib/i18n/message";

/** A new set of recovery codes (the old set stops working), as plain text to show once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map(recoveryCodeHash));
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

/** Starts (or starts again) setting up an authenticator app: a new secret, counted once confirmed. */
export async function startAppEnrolment(viewer: Viewer): Promise<ActionResult> {
  // With a second factor already, adding one is sensitive (and at the gate, would bypass it).
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const user = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { totpConfirmedAt: true } });
  if (user.totpConfirmedAt) return refused(msg("problems.authenticatorAppAlreadySet"));
  await db().user.update({ where: { id: viewer.userId }, data: { totpSecret: seal(newTotpSecret()), totpLastStep: null } });
  return { ok: true, id: viewer.userId };
}

/** The secret being set up (not yet confirmed), to show as a QR code and as text. */
export async function pendingAppSecret(viewer: Pick<Viewer, "userId">): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: viewer.userId }, select: { totpSecret: true, totpConfirmedAt: true } });
  return user?.totpSecret && !user.totpConfirmedAt ? unseal(user.totpSecret) : null;
}

/**
 * Confirms the app with its first code: the app now counts, this session has proved it, and a new set
 * of recovery codes is returned to show once.
 */
export async function confirmAppEnrolment(viewer: Viewer, code: string, now = new Date()): Promise<ActionResult<{ id: string; recoveryCodes: string[] }>> {
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const secret = await pendingAppSecret(viewer);
  if (!secret) return refused(msg("problems.noAppSetUpWaiting"));
  const step = matchingStep(secret, code.replace(/\s/g, ""), now);
  if (step === null) return refused(WRONG_CODE, { code: msg("problems.enter6DigitCode") });
  const recoveryCodes = await db().$transaction(async (tx) => {
    const confirmed = await tx.user.updateMany({ where: { id: viewer.userId, totpConfirmedAt: null }, data: { totpConfirmedAt: now, totpLastStep: step } });
    if (confirmed.count !== 1) return null;
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "User", entityId: viewer.userId, changes: { authenticatorApp: [false, true] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.appSetUp"), now);
    return replaceRecoveryCodes(tx, viewer.userId);
  });
  if (!recoveryCodes) return refused(msg("problems.appConfirmedAlreadyIn"));
  await markProved(viewer.sessionId, now);
  return { ok: true, id: viewer.userId, recoveryCodes };
}

/** Turns the app off: the password and a current code (or a recovery code) first. */
export async function removeApp(viewer: Viewer, values: { password: string; code: string }, client: ClientInfo): Promise<ActionResult> {
  const user = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true, totpConfirmedAt: true } });
  if (!user.totpConfirmedAt) return refused(msg("problems.noAuthenticatorApp"));
  if (!user.passwordHash || !(await verifyPassword(values.password.slice(0, 1024), user.passwordHash))) {
    return refused(msg("problems.passwordWrong"), { password: msg("problems.passwordWrong") });
  }
  const proved = await proveWithCode(viewer, values.code, client);
  if (!proved.ok) return proved;
  await db().$transaction(async (tx) => {
    const passkeys = await tx.passkey.count({ where: { userId: viewer.userId } });
    await tx.user.update({ where: { id: viewer.userId }, data: { totpSecret: null, totpConfirmedAt: null, totpLastStep: null } });
    // Recovery codes stand in for a second factor: with none left, they go too.
    if (passkeys === 0) await tx.recoveryCode.deleteMany({ where: { userId: viewer.userId } });
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "User", entityId: viewer.userId, changes: { authenticatorApp: [true, false] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.appOff"));
  });
  return { ok: true, id: viewer.userId };
}

/** A new set of recovery codes, for a user with a second factor who proved it in the last 15 minutes. */
export async function regenerateRecoveryCodes(viewer: Viewer): Promise<ActionResult<{ id: string; recoveryCodes: string[] }>> {
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  if (!viewer.secondFactor?.enrolled) return refused(msg("problems.setUpAuthenticatorApp"));
  const recoveryCodes = await db().$transaction(async (tx) => {
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "User", entityId: viewer.userId, changes: { recoveryCodes: ["earlier set", "new set"] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.newCodes"));
    return replaceRecoveryCodes(tx, viewer.userId);
  });
  return { ok: true, id: viewer.userId, recoveryCodes };
}
