// Second factors against the real database: the gate a session waits at, enrolment, codes (window,
// replay, recovery codes, the shared back-off), step-up, the officers' setting and the reset.
import { describe, expect, it } from "vitest";
import { resetSecondFactors, requireForOfficers } from "@/lib/auth/second-factor/admin";
import { confirmAppEnrolment, pendingAppSecret, removeApp, startAppEnrolment } from "@/lib/auth/second-factor/enrolment";
import { removePasskey, setPasswordless } from "@/lib/auth/second-factor/passkeys";
import { proveWithCode } from "@/lib/auth/second-factor/verify";
import { codeAt } from "@/lib/auth/second-factor/totp";
import { checkCredentials, sessionState, startSession } from "@/lib/auth/sessions";
import { signInWait } from "@/lib/auth/throttle";
import { createApiToken } from "@/lib/api/tokens";
import { db } from "@/lib/db";
import type { Role, Viewer } from "@/lib/policy";
import { inviteUser } from "@/lib/users/mutations";
import { makeUser } from "../support/factories";
import { english, inEnglish } from "../support/english";

const PASSWORD = "a long enough password";
const STEP = 30_000;
let address = 0;
/** Each test from its own address, so the per-address back-off of one does not reach another. */
const client = () => ({ ipAddress: `198.51.100.${++address}`, userAgent: "test" });

async function signedIn(userId: string) {
  const state = await sessionState(await startSession(userId, client()));
  if (!state) throw new Error("no session");
  return state;
}

/** A user of `role` with a confirmed authenticator app; returns its secret and an open session's viewer. */
async function enrolled(role: Role = "OFFICER") {
  const user = await makeUser(role, { password: PASSWORD });
  const { viewer } = await signedIn(user.id);
  await startAppEnrolment(viewer);
  const secret = (await pendingAppSecret(viewer))!;
  const confirmed = await confirmAppEnrolment(viewer, codeAt(secret, Date.now() - STEP), new Date());
  if (!confirmed.ok) throw new Error(english(confirmed.message));
  return { user, secret, recoveryCodes: confirmed.recoveryCodes };
}

describe("the gate", () => {
  it("holds an administrator without a second factor to enrol, and lets other roles through", async () => {
    for (const role of ["ADMIN", "OFFICER", "MANAGER", "PARTNER"] as const) {
      const { gate } = await signedIn((await makeUser(role)).id);
      expect(gate, role).toBe(role === "ADMIN" ? "enrol" : null);
    }
  });

  it("holds a session whose user has an app until it proves a code; a right password alone opens nothing", async () => {
    const { user, secret } = await enrolled();
    expect(await checkCredentials(user.email, PASSWORD, client())).not.toBeNull();
    const state = await signedIn(user.id);
    expect(state.gate).toBe("verify");
    const proved = await proveWithCode(state.viewer, codeAt(secret, Date.now() + STEP), client());
    expect(proved.ok).toBe(true);
    expect((await sessionState(state.viewer.sessionId))?.gate).toBeNull();
  });

  it("holds officers to enrol once an administrator requires it (audited), and lets them go when it stops", async () => {
    const officer = await makeUser("OFFICER");
    const admin = { ...(await signedIn((await makeUser("ADMIN")).id)).viewer, secondFactor: undefined };
    expect(inEnglish(await requireForOfficers({ ...admin, role: "OFFICER" }, true))).toMatchObject({ ok: false, denied: true });
    expect((await requireForOfficers(admin, true)).ok).toBe(true);
    expect((await signedIn(officer.id)).gate).toBe("enrol");
    expect((await signedIn((await makeUser("MANAGER")).id)).gate).toBeNull();
    expect(await db().auditEvent.count({ where: { entityType: "Setting", entityId: "auth.officersNeedSecondFactor", actorId: admin.userId } })).toBe(1);
    await requireForOfficers(admin, false);
    expect((await signedIn(officer.id)).gate).toBeNull();
  });
});

describe("authenticator-app codes", () => {
  it("keeps the secret sealed in the database, and confirms the app only with a right code", async () => {
    const user = await makeUser("MANAGER");
    const { viewer } = await signedIn(user.id);
    await startAppEnrolment(viewer);
    const secret = (await pendingAppSecret(viewer))!;
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect((await confirmAppEnrolment(viewer, "000000")).ok).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpConfirmedAt).toBeNull();
    const confirmed = await confirmAppEnrolment(viewer, codeAt(secret, Date.now()));
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(10);
    expect((await db().recoveryCode.findFirstOrThrow({ where: { userId: user.id } })).codeHash).toMatch(/^scrypt\$14\$8\$1\$/); // salted: ASVS 6.5.2
  });

  it("accepts the step before and after now, refuses two steps away, and refuses a code used before", async () => {
    const { user, secret } = await enrolled();
    const { viewer } = await signedIn(user.id);
    expect((await proveWithCode(viewer, codeAt(secret, Date.now() + 2 * STEP), client())).ok).toBe(false);
    const code = codeAt(secret, Date.now() + STEP);
    expect((await proveWithCode(viewer, code, client())).ok).toBe(true);
    const elsewhere = (await signedIn(user.id)).viewer;
    expect(inEnglish(await proveWithCode(elsewhere, code, client()))).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("used already") } });
    // An earlier step than the one used is a replay too.
    expect((await proveWithCode(elsewhere, codeAt(secret, Date.now()), client())).ok).toBe(false);
  });

  it("takes each recovery code once, typed in any case and spacing", async () => {
    const { user, recoveryCodes } = await enrolled();
    const first = (await signedIn(user.id)).viewer;
    const code = recoveryCodes[3];
    expect(await proveWithCode(first, ` ${code.toUpperCase().replace("-", " ")} `, client())).toMatchObject({ ok: true, kind: "recovery" });
    expect((await proveWithCode((await signedIn(user.id)).viewer, code, client())).ok).toBe(false);
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("counts wrong codes toward the email's back-off, which a right password does not clear", async () => {
    const { user, secret } = await enrolled();
    const from = client();
    const { viewer } = await signedIn(user.id);
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials(user.email, PASSWORD, from)).not.toBeNull();
      expect((await proveWithCode(viewer, "000000", from)).ok).toBe(false);
    }
    expect(await signInWait(user.email, null)).toBeGreaterThan(0);
    const throttled = await proveWithCode(viewer, codeAt(secret, Date.now()), from);
    expect(inEnglish(throttled)).toMatchObject({ ok: false, message: expect.stringContaining("Too many failed attempts") });
    expect((await sessionState(viewer.sessionId))?.gate).toBe("verify");
    const reasons = await db().signInEvent.findMany({ where: { userId: user.id, success: false }, select: { reason: true } });
    expect(reasons.filter((r) => r.reason === "wrong second-factor code")).toHaveLength(5);
  });

  it("turns off only with the password and a code, and the recovery codes go with it", async () => {
    const { user, recoveryCodes } = await enrolled();
    const { viewer } = await signedIn(user.id);
    expect(inEnglish(await removeApp(viewer, { password: "not the password", code: recoveryCodes[0] }, client()))).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect((await removeApp(viewer, { password: PASSWORD, code: "123456" }, client())).ok).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpConfirmedAt).not.toBeNull();
    expect((await removeApp(viewer, { password: PASSWORD, code: recoveryCodes[0] }, client())).ok).toBe(true);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { _count: { select: { recoveryCodes: true } } } });
    expect([after.totpSecret, after.totpConfirmedAt, after._count.recoveryCodes]).toEqual([null, null, 0]);
    expect(await db().auditEvent.count({ where: { entityType: "User", entityId: user.id } })).toBe(2);
  });
});

describe("step-up and the administrators' reset", () => {
  const stale = (viewer: Viewer): Viewer => ({ ...viewer, secondFactor: { enrolled: true, at: new Date(Date.now() - 16 * 60_000), viaIdentityProvider: false } });

  it("refuses user administration and new API tokens when the second factor is older than 15 minutes", async () => {
    const { user } = await enrolled("ADMIN");
    const { viewer } = await signedIn(user.id);
    const old = stale(viewer);
    expect(inEnglish(await inviteUser(old, { email: "new@example.org", name: "New", role: "OFFICER", organisationId: "" }))).toMatchObject({ ok: false, message: expect.stringContaining("Confirm it is you") });
    expect((await createApiToken(old, { name: "script", days: "30" })).ok).toBe(false);
    const fresh = { ...old, secondFactor: { ...old.secondFactor!, at: new Date() } };
    expect((await createApiToken(fresh, { name: "script", days: "30" })).ok).toBe(true);
  });

  it("resets a user's second factors, ends their sessions and audits it; only administrators may", async () => {
    const { user } = await enrolled("OFFICER");
    const session = (await signedIn(user.id)).viewer.sessionId;
    const admin = { ...(await signedIn((await makeUser("ADMIN")).id)).viewer, secondFactor: undefined };
    expect(await resetSecondFactors({ ...admin, role: "MANAGER" }, user.id)).toMatchObject({ denied: true });
    expect((await resetSecondFactors(admin, user.id)).ok).toBe(true);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { _count: { select: { recoveryCodes: true, passkeys: true } } } });
    expect([after.totpSecret, after.totpConfirmedAt, after._count.recoveryCodes, after._count.passkeys]).toEqual([null, null, 0, 0]);
    expect(await sessionState(session)).toBeNull();
    expect(await db().auditEvent.findFirst({ where: { entityType: "User", entityId: user.id, actorId: admin.userId, reason: { contains: "second factors reset" } } })).not.toBeNull();
  });
});

describe("passkeys", () => {
  /** A passkey row as registration stores it (the WebAuthn ceremony itself is the e2e test's). */
  const passkeyOf = (userId: string, name: string) =>
    db().passkey.create({ data: { userId, name, credentialId: `cred-${name}-${userId}`, publicKey: Buffer.from([1, 2, 3]), transports: ["internal"] } });

  it("counts as a second factor: the session is held until it proves one", async () => {
    const user = await makeUser("PARTNER");
    await passkeyOf(user.id, "Phone");
    expect((await signedIn(user.id)).gate).toBe("verify");
  });

  it("is removed only by its owner with a recent second factor; the last one takes passwordless sign-in with it", async () => {
    const user = await makeUser("OFFICER");
    const phone = await passkeyOf(user.id, "Phone");
    const { viewer } = await signedIn(user.id);
    const fresh: Viewer = { ...viewer, secondFactor: { enrolled: true, at: new Date(), viaIdentityProvider: false } };
    expect((await setPasswordless(fresh, true)).ok).toBe(true);
    const stranger = { ...fresh, userId: (await makeUser("OFFICER")).id };
    expect((await removePasskey(stranger, phone.id)).ok).toBe(false);
    expect((await removePasskey({ ...fresh, secondFactor: { ...fresh.secondFactor!, at: new Date(Date.now() - 16 * 60_000) } }, phone.id)).ok).toBe(false);
    expect(await db().passkey.count({ where: { userId: user.id } })).toBe(1);
    expect((await removePasskey(fresh, phone.id)).ok).toBe(true);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordlessSignIn).toBe(false);
    expect(await db().auditEvent.count({ where: { entityType: "Passkey", entityId: phone.id, action: "archive" } })).toBe(1);
    expect((await setPasswordless(fresh, true)).ok).toBe(false); // no passkey left
  });
});
