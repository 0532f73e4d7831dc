// Passwords people choose: the breached list, and changing one's own password while signed in
// (the current password checked as at sign-in, other sessions ended, the change audited); and
// the list of one's own sessions, with signing out of the others.
import { describe, expect, it } from "vitest";
import { checkCredentials, startSession, viewerForSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { changeOwnPassword, endOwnSession, inviteUser, setPasswordWithToken } from "@/lib/users/mutations";
import { ownSessions } from "@/lib/users/queries";
import { makeUser, viewerOf } from "../support/factories";
import { english, inEnglish } from "../support/english";

const client = { ipAddress: "192.0.2.44", userAgent: "test" };
const OLD = "the old long passphrase";
const NEW = "a brand new passphrase";

async function signedInUser(role: "OFFICER" | "PARTNER" = "OFFICER") {
  const user = await makeUser(role, { password: OLD });
  const here = await startSession(user.id, client);
  const elsewhere = await startSession(user.id, client);
  return { user, viewer: { ...viewerOf(user), sessionId: here }, here, elsewhere };
}

describe("a password from a breach", () => {
  it("is refused when set through a link, whatever its case", async () => {
    const admin = viewerOf(await makeUser("ADMIN"));
    const invited = await inviteUser(admin, { email: `breach-${Date.now()}@example.org`, name: "Breach", role: "OFFICER", organisationId: "" });
    if (!invited.ok) throw new Error(english(invited.message));
    const token = invited.link.split("/welcome/")[1];
    for (const password of ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc"]) {
      expect(inEnglish(await setPasswordWithToken(token, { password, confirm: password }))).toMatchObject({ ok: false, fieldErrors: { password: expect.stringContaining("breaches") } });
    }
    expect(await setPasswordWithToken(token, { password: NEW, confirm: NEW })).toMatchObject({ ok: true });
  });

  it("is refused when changed while signed in, and the old password still works", async () => {
    const { user, viewer } = await signedInUser();
    expect(inEnglish(await changeOwnPassword(viewer, { current: OLD, password: "123qweasdzxc", confirm: "123qweasdzxc" }, client))).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.stringContaining("breaches") },
    });
    expect(await checkCredentials(user.email, OLD, client)).not.toBeNull();
  });
});

describe("changing one's own password", () => {
  it("needs the current password; a wrong one changes nothing and counts as a failed sign-in", async () => {
    const { user, viewer, elsewhere } = await signedInUser();
    const wrong = await changeOwnPassword(viewer, { current: "not my password at all", password: NEW, confirm: NEW }, client);
    expect(inEnglish(wrong)).toMatchObject({ ok: false, fieldErrors: { current: expect.any(String) } });
    expect(await db().signInEvent.count({ where: { userId: user.id, success: false, reason: "wrong password" } })).toBe(1);
    expect(await checkCredentials(user.email, OLD, client)).not.toBeNull();
    expect(await viewerForSession(elsewhere)).not.toBeNull();
  });

  it("is held back after repeated wrong current passwords, like signing in", async () => {
    const { viewer } = await signedInUser();
    for (let i = 0; i < 5; i++) await changeOwnPassword(viewer, { current: `wrong guess number ${i}`, password: NEW, confirm: NEW }, client);
    const held = await changeOwnPassword(viewer, { current: OLD, password: NEW, confirm: NEW }, client);
    expect(inEnglish(held)).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many wrong passwords: wait \d+ seconds/) });
  });

  it("refuses bad new passwords field by field", async () => {
    const { viewer } = await signedInUser();
    const cases: [Record<string, string>, string][] = [
      [{ password: "short", confirm: "short" }, "password"],
      [{ password: NEW, confirm: "a different one" }, "confirm"],
      [{ password: OLD, confirm: OLD }, "password"],
      [{ password: `${viewer.email.split("@")[0]} forever`, confirm: `${viewer.email.split("@")[0]} forever` }, "password"],
      [{ password: "x".repeat(201), confirm: "x".repeat(201) }, "password"],
    ];
    for (const [values, field] of cases) {
      const result = await changeOwnPassword(viewer, { current: OLD, password: values.password, confirm: values.confirm }, client);
      expect(inEnglish(result), JSON.stringify(values)).toMatchObject({ ok: false, fieldErrors: { [field]: expect.any(String) } });
    }
  });

  it("takes the new password, keeps this session, ends the others, and is audited without the password", async () => {
    const { user, viewer, here, elsewhere } = await signedInUser("PARTNER");
    expect(await changeOwnPassword(viewer, { current: OLD, password: NEW, confirm: NEW }, client)).toMatchObject({ ok: true });
    expect(await checkCredentials(user.email, NEW, client)).not.toBeNull();
    expect(await checkCredentials(user.email, OLD, client)).toBeNull();
    expect(await viewerForSession(here)).not.toBeNull();
    expect(await viewerForSession(elsewhere)).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: user.id }, orderBy: { id: "desc" } });
    expect(JSON.stringify(audit.changes)).not.toContain(NEW);
    expect(audit.changes).toMatchObject({ password: ["(hidden)", "(changed)"] });
  });
});

describe("one's own sessions", () => {
  it("lists only the viewer's open sessions, marking this one", async () => {
    const { viewer, here, elsewhere } = await signedInUser();
    const stranger = await makeUser("OFFICER", { password: OLD });
    await startSession(stranger.id, client);
    const ended = await startSession(viewer.userId, client);
    await db().userSession.update({ where: { id: ended }, data: { revokedAt: new Date() } });
    const sessions = await ownSessions(viewer);
    expect(sessions.map((s) => s.id).sort()).toEqual([here, elsewhere].sort());
    expect(sessions.find((s) => s.id === here)?.current).toBe(true);
    expect(sessions.find((s) => s.id === elsewhere)?.current).toBe(false);
  });

  it("signs out of another session, or of all others, never of someone else's, once the password is given again", async () => {
    const { viewer, here, elsewhere } = await signedInUser();
    const third = await startSession(viewer.userId, client);
    const stranger = await makeUser("OFFICER", { password: OLD });
    const theirs = await startSession(stranger.id, client);

    // Someone at an unlocked screen cannot throw the owner out without the password.
    expect(inEnglish(await endOwnSession(viewer, elsewhere, "", client))).toMatchObject({ ok: false, message: "Enter your password to sign out elsewhere." });
    expect(inEnglish(await endOwnSession(viewer, "others", "a guess at the password", client))).toMatchObject({ ok: false, fieldErrors: { password: "This is not your current password." } });
    expect(await viewerForSession(elsewhere)).not.toBeNull();
    expect(await db().signInEvent.count({ where: { email: viewer.email, success: false, reason: "wrong password" } })).toBeGreaterThan(0);

    expect(inEnglish(await endOwnSession(viewer, theirs, OLD, client))).toMatchObject({ ok: false });
    expect(await viewerForSession(theirs)).not.toBeNull();
    expect(inEnglish(await endOwnSession(viewer, here, OLD, client))).toMatchObject({ ok: false });

    expect(await endOwnSession(viewer, elsewhere, OLD, client)).toMatchObject({ ok: true });
    expect(await viewerForSession(elsewhere)).toBeNull();
    expect(inEnglish(await endOwnSession(viewer, elsewhere, OLD, client))).toMatchObject({ ok: false, message: expect.stringMatching(/already ended/) });

    expect(await endOwnSession(viewer, "others", OLD, client)).toMatchObject({ ok: true });
    expect(await viewerForSession(third)).toBeNull();
    expect(await viewerForSession(here)).not.toBeNull();
    expect(await viewerForSession(theirs)).not.toBeNull();
  });
});
