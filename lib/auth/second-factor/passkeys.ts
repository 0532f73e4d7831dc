// Passkeys (WebAuthn) with @simplewebauthn/server: registered on the account page, used as the
// second factor after a password, or alone where the user chose to sign in without a password.
// Each challenge is stored, bound to its purpose (and session), and used once within five minutes.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { appEnv } from "@/lib/env";
import type { Viewer } from "@/lib/policy";
import { tellOfSignInChange } from "../security-mail";
import type { ClientInfo } from "../sessions";
import { stepUpRefusal } from "./gate";
import { replaceRecoveryCodes } from "./enrolment";
import { markProved } from "./verify";
import { msg } from "@/lib/i18n/message";

const CHALLENGE_MINUTES = 5;
type Purpose = "register" | "verify" | "sign-in";
/**
 * A passwordless sign-in's challenge is handed to anyone who asks, so the rows it writes are
 * bounded: per address, and overall (a flood from many addresses), among those not yet expired.
 */
export const SIGN_IN_CHALLENGES_PER_ADDRESS = 10;
export const SIGN_IN_CHALLENGES_OVERALL = 2000;
export const TOO_MANY_CHALLENGES = msg("problems.tooManyPasskeySign");

/** The site passkeys belong to: NEXTAUTH_URL, or the address the browser asked (the embedded demo). */
async function relyingParty(): Promise<{ id: string; origin: string }> {
  const configured = appEnv().NEXTAUTH_URL;
  const origin = configured ? new URL(configured).origin : `http://${(await headers()).get("host") ?? "localhost"}`;
  return { id: new URL(origin).hostname, origin };
}

async function keepChallenge(challenge: string, purpose: Purpose, sessionId: string | null, ipAddress: string | null = null): Promise<void> {
  const now = new Date();
  await db().webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await db().webAuthnChallenge.create({ data: { challenge, purpose, sessionId, ipAddress, expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) } });
}

/** Whether another passwordless sign-in may start from `ipAddress` now. */
async function signInChallengeAllowed(ipAddress: string | null): Promise<boolean> {
  const live = { purpose: "sign-in", expiresAt: { gt: new Date() } };
  const [fromAddress, overall] = await Promise.all([
    ipAddress ? db().webAuthnChallenge.count({ where: { ...live, ipAddress } }) : 0,
    db().webAuthnChallenge.count({ where: live }),
  ]);
  return fromAddress < SIGN_IN_CHALLENGES_PER_ADDRESS && overall < SIGN_IN_CHALLENGES_OVERALL;
}

/** Spends a challenge: true only once, for its purpose and session, before it expires. */
function spendChallenge(purpose: Purpose, sessionId: string | null) {
  return async (challenge: string) =>
    (await db().webAuthnChallenge.deleteMany({ where: { challenge, purpose, sessionId, expiresAt: { gt: new Date() } } })).count === 1;
}

const credentialOf = (passkey: { credentialId: string; publicKey: Uint8Array; counter: number; transports: string[] }) => ({
  id: passkey.credentialId,
  publicKey: new Uint8Array(passkey.publicKey),
  counter: passkey.counter,
  transports: passkey.transports,
});

export async function registrationOptions(viewer: Viewer): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const rp = await relyingParty();
  const existing = await db().passkey.findMany({ where: { userId: viewer.userId }, select: { credentialId: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName: "Partnership records",
    rpID: rp.id,
    userName: viewer.email,
    userDisplayName: viewer.name,
    userID: new TextEncoder().encode(viewer.userId),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as never })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await keepChallenge(options.challenge, "register", viewer.sessionId);
  return options;
}

/**
 * Keeps a passkey the browser made for `viewer`. Registering one proves a second factor for this
 * session; the first second factor of an account comes with a set of recovery codes, returned to show once.
 */
export async function registerPasskey(viewer: Viewer, name: string, response: RegistrationResponseJSON): Promise<ActionResult<{ id: string; recoveryCodes: string[] | null }>> {
  const label = name.trim().slice(0, 80);
  if (!label) return refused(msg("problems.namePasskeySoYou"), { name: msg("problems.namePasskeyForExample") });
  // A second passkey is a sensitive change once the account has a second factor.
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const rp = await relyingParty();
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: spendChallenge("register", viewer.sessionId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) return refused(msg("problems.passkeyUnchecked"));
  const { credential } = verification.registrationInfo;
  const recoveryCodes = await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { totpConfirmedAt: true, _count: { select: { passkeys: true } } } });
    const passkey = await tx.passkey.create({
      data: { userId: viewer.userId, credentialId: credential.id, publicKey: Buffer.from(credential.publicKey), counter: credential.counter, transports: credential.transports ?? [], name: label },
    });
    await recordAudit(tx, { actor: viewer, action: "create", entityType: "Passkey", entityId: passkey.id, changes: { name: [null, label] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.passkeyAdded", { name: label }));
    const first = !user.totpConfirmedAt && user._count.passkeys === 0;
    return first ? replaceRecoveryCodes(tx, viewer.userId) : null;
  });
  await markProved(viewer.sessionId);
  return { ok: true, id: viewer.userId, recoveryCodes };
}

/**
 * Options to prove a passkey of `viewer` (the second factor), or any passkey (a sign-in without
 * password, from `client`): null when too many such sign-ins were started (see above).
 */
export async function authenticationOptions(viewer: Viewer): Promise<PublicKeyCredentialRequestOptionsJSON>;
export async function authenticationOptions(viewer: null, client: ClientInfo): Promise<PublicKeyCredentialRequestOptionsJSON | null>;
export async function authenticationOptions(viewer: Viewer | null, client?: ClientInfo): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  if (!viewer && !(await signInChallengeAllowed(client?.ipAddress ?? null))) return null;
  const rp = await relyingParty();
  const own = viewer ? await db().passkey.findMany({ where: { userId: viewer.userId }, select: { credentialId: true, transports: true } }) : [];
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: own.map((p) => ({ id: p.credentialId, transports: p.transports as never })),
    userVerification: viewer ? "preferred" : "required",
  });
  await keepChallenge(options.challenge, viewer ? "verify" : "sign-in", viewer?.sessionId ?? null, viewer ? null : (client?.ipAddress ?? null));
  return options;
}

/** The passkey's user when the browser's answer is right for the challenge (counter and last use kept). */
async function checkAssertion(response: AuthenticationResponseJSON, purpose: Purpose, sessionId: string | null, userId?: string) {
  const passkey = await db().passkey.findUnique({ where: { credentialId: String(response?.id ?? "") }, include: { user: true } });
  if (!passkey || (userId && passkey.userId !== userId)) return null;
  const rp = await relyingParty();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: spendChallenge(purpose, sessionId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: credentialOf(passkey),
    requireUserVerification: purpose === "sign-in",
  }).catch(() => null);
  if (!verification?.verified) return null;
  await db().passkey.update({ where: { id: passkey.id }, data: { counter: verification.authenticationInfo.newCounter, lastUsedAt: new Date() } });
  return passkey.user;
}

/** Proves the session's second factor with one of the user's passkeys. */
export async function provePasskey(viewer: Viewer, response: AuthenticationResponseJSON, client: ClientInfo): Promise<ActionResult> {
  const user = await checkAssertion(response, "verify", viewer.sessionId, viewer.userId);
  await db().signInEvent.create({
    data: { email: viewer.email, userId: viewer.userId, ipAddress: client.ipAddress, success: Boolean(user), reason: user ? null : "passkey refused" },
  });
  if (!user) return refused(msg("problems.passkeyRefused"));
  await markProved(viewer.sessionId);
  return { ok: true, id: viewer.userId };
}

/** The user signing in with a passkey alone: only one who chose to, and is active. */
export async function passwordlessUser(response: AuthenticationResponseJSON, client: ClientInfo) {
  const user = await checkAssertion(response, "sign-in", null);
  const ok = Boolean(user?.active && user.passwordlessSignIn);
  if (user) {
    await db().signInEvent.create({
      data: { email: user.email, userId: user.id, ipAddress: client.ipAddress, success: ok, reason: ok ? null : user.active ? "passkey sign-in not chosen" : "deactivated" },
    });
  }
  return ok ? user : null;
}

/** Removes one of the viewer's passkeys (a second factor proved in the last 15 minutes first). */
export async function removePasskey(viewer: Viewer, id: string): Promise<ActionResult> {
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const removed = await db().$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id, userId: viewer.userId } });
    if (!passkey) return false;
    await tx.passkey.delete({ where: { id } });
    const [left, user] = await Promise.all([tx.passkey.count({ where: { userId: viewer.userId } }), tx.user.findUniqueOrThrow({ where: { id: viewer.userId } })]);
    if (left === 0) {
      await tx.user.update({ where: { id: viewer.userId }, data: { passwordlessSignIn: false } });
      if (!user.totpConfirmedAt) await tx.recoveryCode.deleteMany({ where: { userId: viewer.userId } });
    }
    await recordAudit(tx, { actor: viewer, action: "archive", entityType: "Passkey", entityId: id, changes: { name: [passkey.name, null] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.passkeyRemoved", { name: passkey.name }));
    return true;
  });
  return removed ? { ok: true, id } : refused(msg("problems.passkeyNotYours"));
}

/** Lets the viewer sign in with a passkey alone, or stops it. */
export async function setPasswordless(viewer: Viewer, on: boolean): Promise<ActionResult> {
  if (on && (await db().passkey.count({ where: { userId: viewer.userId } })) === 0) return refused(msg("problems.addPasskeyFirst"));
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordlessSignIn: true } });
    if (before.passwordlessSignIn === on) return;
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordlessSignIn: on } });
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "User", entityId: viewer.userId, changes: { passwordlessSignIn: [!on, on] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.passwordless", { on: String(on) }));
  });
  return { ok: true, id: viewer.userId };
}
