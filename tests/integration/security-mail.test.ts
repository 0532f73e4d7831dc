// People are told by email what happens to their own account's security (ASVS 5.0 6.3.5, 6.3.7): a
// sign-in from a browser or an address the account had not used, or after failed attempts; and every
// change to how they sign in. The mail is queued with what it tells, to the person, not to others.
import { describe, expect, it } from "vitest";
import { resetSecondFactors } from "@/lib/auth/second-factor/admin";
import { confirmAppEnrolment, pendingAppSecret, regenerateRecoveryCodes, removeApp, startAppEnrolment } from "@/lib/auth/second-factor/enrolment";
import { removePasskey, setPasswordless } from "@/lib/auth/second-factor/passkeys";
import { codeAt } from "@/lib/auth/second-factor/totp";
import { proveWithCode } from "@/lib/auth/second-factor/verify";
import { checkCredentials, sessionState, startSession, type ClientInfo } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";
import { changeOwnPassword, sendPasswordReset, setPasswordWithToken } from "@/lib/users/mutations";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { english } from "../support/english";

const PASSWORD = "a long enough password";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const CHROME_UPDATED = CHROME.replace("140.0.0.0", "141.0.0.0");
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
const at = (ipAddress: string, userAgent = CHROME): ClientInfo => ({ ipAddress, userAgent });

const securityMail = (userId: string) => db().emailMessage.findMany({ where: { userId, kind: "security" }, orderBy: { createdAt: "asc" } });
const lines = async (userId: string) => (await securityMail(userId)).map((m) => m.text.split("\n")[2]);

describe("a sign-in", () => {
  it("is told when it comes from a browser or an address the account has not used, or after failed attempts; a familiar one is not", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    await startSession(user.id, at("192.0.2.10")); // the first sign-in: nothing to compare with
    await startSession(user.id, at("192.0.2.10", CHROME_UPDATED)); // the same browser, updated
    expect(await securityMail(user.id)).toEqual([]);

    await startSession(user.id, at("192.0.2.10", FIREFOX));
    await startSession(user.id, at("2001:db8:1:2::10"));
    await startSession(user.id, at("2001:db8:1:2::99")); // the same IPv6 network
    for (let i = 0; i < 3; i++) await checkCredentials(user.email, "not the password", at("192.0.2.10"));
    await startSession(user.id, at("192.0.2.10"));

    const told = await lines(user.id);
    expect(told).toHaveLength(3);
    expect(told[0]).toMatch(/from Firefox on Windows at 192\.0\.2\.10: a browser your account had not used before\.$/);
    expect(told[1]).toMatch(/from Chrome on Linux at 2001:db8:1:2::10: an address your account had not used before\.$/);
    expect(told[2]).toMatch(/at 192\.0\.2\.10: after 3 failed attempts since your last sign-in\.$/);
    const [first] = await securityMail(user.id);
    expect(first).toMatchObject({ to: user.email, subject: "A new sign-in to your Partnership records account" });
    expect(first.text).toMatch(/change your password at http:\/\/[^/]+\/account,/);
  });

  it("sends a partner to the portal's account page", async () => {
    const partner = await makeUser("PARTNER", { password: PASSWORD, organisationId: (await makeOrganisation()).id });
    await startSession(partner.id, at("192.0.2.20"));
    await startSession(partner.id, at("192.0.2.21"));
    expect((await securityMail(partner.id))[0].text).toMatch(/\/portal\/account,/);
  });
});

describe("every change to how one signs in", () => {
  it("is told: the password changed or reset, an app set up and turned off, recovery codes made and used, passkeys, an administrator's reset", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    const session = async (): Promise<Viewer> => (await sessionState(await startSession(user.id, at("192.0.2.30"))))!.viewer;
    const recent = (viewer: Viewer): Viewer => ({ ...viewer, secondFactor: { enrolled: true, at: new Date(), viaIdentityProvider: false } });

    const viewer = await session();
    expect((await changeOwnPassword(viewer, { current: PASSWORD, password: "another long passphrase", confirm: "another long passphrase" }, at("192.0.2.30"))).ok).toBe(true);
    const admin = viewerOf(await makeUser("ADMIN"));
    const reset = await sendPasswordReset(admin, user.id);
    if (!reset.ok) throw new Error(english(reset.message));
    expect((await setPasswordWithToken(reset.link.split("/welcome/")[1], { password: PASSWORD, confirm: PASSWORD })).ok).toBe(true);

    const enrolling = await session();
    await startAppEnrolment(enrolling);
    const secret = (await pendingAppSecret(enrolling))!;
    const confirmed = await confirmAppEnrolment(enrolling, codeAt(secret, Date.now()));
    if (!confirmed.ok) throw new Error(english(confirmed.message));
    const codes = await regenerateRecoveryCodes(recent(enrolling));
    if (!codes.ok) throw new Error(english(codes.message));
    expect((await proveWithCode(enrolling, codes.recoveryCodes[0], at("192.0.2.30"))).ok).toBe(true);
    expect((await removeApp(enrolling, { password: PASSWORD, code: codes.recoveryCodes[1] }, at("192.0.2.30"))).ok).toBe(true);

    const passkey = await db().passkey.create({ data: { userId: user.id, credentialId: "cred-1", publicKey: Buffer.from([1]), counter: 0, name: "Work laptop" } });
    expect((await setPasswordless(viewer, true)).ok).toBe(true);
    expect((await removePasskey(recent(viewer), passkey.id)).ok).toBe(true);
    await db().passkey.create({ data: { userId: user.id, credentialId: "cred-2", publicKey: Buffer.from([1]), counter: 0, name: "Phone" } });
    expect((await resetSecondFactors(admin, user.id)).ok).toBe(true);

    // (Sorted: two messages may be queued within the same millisecond.)
    const told = (await lines(user.id)).map((line) => line.replace(/ on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/, "")).sort();
    expect(told).toEqual([
      "Your password was changed, and your other sessions were signed out",
      "Your password was changed through a reset link, and every session of your account was signed out",
      "An authenticator app was set up as your second factor, with a new set of recovery codes",
      "A new set of recovery codes was made (the earlier codes no longer work)",
      "A recovery code was used in place of your second factor (9 are left)",
      "A recovery code was used in place of your second factor (8 are left)",
      "The authenticator app was turned off as your second factor",
      "Signing in with a passkey alone was turned on",
      "The passkey “Work laptop” was removed from your account",
      `${admin.name}, an administrator, removed your authenticator app, passkeys and recovery codes and signed you out everywhere; you set a second factor up again at your next sign-in`,
    ].sort());
    expect((await securityMail(user.id)).every((m) => m.to === user.email && m.subject === "A change to how you sign in to Partnership records")).toBe(true);
    expect(await securityMail(admin.userId)).toEqual([]);
  });
});
