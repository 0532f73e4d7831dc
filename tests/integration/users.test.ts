// User administration: invitations and resets by one-time link, roles, deactivation, and the
// rule that the unit never loses its last administrator.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials, startSession, viewerForSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { ROOT_OFFICE } from "@/lib/offices/tree";
import { inviteUser, sendPasswordReset, setPasswordWithToken, setUserActive, tokenHolder, updateUser } from "@/lib/users/mutations";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { english, inEnglish } from "../support/english";

const client = { ipAddress: "127.0.0.1", userAgent: "test" };
const PASSWORD = "a long enough passphrase";
let admin: ReturnType<typeof viewerOf>;

beforeEach(async () => {
  // One active admin at the start of each test: demote any others left by earlier tests.
  await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "OFFICER" } });
  admin = viewerOf(await makeUser("ADMIN"));
});

const tokenOf = (link: string) => link.split("/welcome/")[1];

describe("invitations", () => {
  it("creates the account, queues the email and lets the person choose a password once", async () => {
    const org = await makeOrganisation();
    const result = await inviteUser(admin, { email: " New.Partner@Example.org ", name: "New Partner", role: "PARTNER", organisationId: org.id });
    if (!result.ok) throw new Error(english(result.message));
    const user = await db().user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({ email: "new.partner@example.org", role: "PARTNER", organisationId: org.id, passwordHash: null });
    const mail = await db().emailMessage.findFirstOrThrow({ where: { userId: user.id, kind: "invitation" } });
    expect(mail.text).toContain(result.link);
    // Only the hash of the token is stored.
    expect(await db().userToken.count({ where: { tokenHash: tokenOf(result.link) } })).toBe(0);

    const token = tokenOf(result.link);
    expect(await tokenHolder(token)).toMatchObject({ purpose: "INVITATION", email: "new.partner@example.org" });
    expect(inEnglish(await setPasswordWithToken(token, { password: "short", confirm: "short" }))).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect(inEnglish(await setPasswordWithToken(token, { password: PASSWORD, confirm: "something else" }))).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(String) } });
    expect(inEnglish(await setPasswordWithToken(token, { password: "new.partner-2026!", confirm: "new.partner-2026!" }))).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect(await setPasswordWithToken(token, { password: PASSWORD, confirm: PASSWORD })).toMatchObject({ ok: true });
    expect(await checkCredentials("new.partner@example.org", PASSWORD, client)).not.toBeNull();
    // The link is spent.
    expect(await tokenHolder(token)).toBeNull();
    expect(inEnglish(await setPasswordWithToken(token, { password: "another long passphrase", confirm: "another long passphrase" }))).toMatchObject({ ok: false });
    expect(await checkCredentials("new.partner@example.org", PASSWORD, client)).not.toBeNull();
  });

  it("puts staff in the office chosen (else the top one), and partners in none", async () => {
    const office = await db().office.create({ data: { name: `Office ${Date.now()}`, parentId: ROOT_OFFICE } });
    const staff = await inviteUser(admin, { email: `staff.${Date.now()}@example.org`, name: "Staff", role: "OFFICER", organisationId: "", officeId: office.id });
    const plain = await inviteUser(admin, { email: `plain.${Date.now()}@example.org`, name: "Plain", role: "MANAGER", organisationId: "" });
    const org = await makeOrganisation();
    const partner = await inviteUser(admin, { email: `partner.${Date.now()}@example.org`, name: "Partner", role: "PARTNER", organisationId: org.id, officeId: office.id });
    if (!staff.ok || !plain.ok || !partner.ok) throw new Error("not invited");
    const officeOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).officeId;
    expect([await officeOf(staff.id), await officeOf(plain.id), await officeOf(partner.id)]).toEqual([office.id, ROOT_OFFICE, null]);
    // An edit without an office keeps it; a closed office takes nobody new.
    const user = await db().user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(await updateUser(admin, staff.id, user.version, { name: "Staff", role: "OFFICER", organisationId: "" })).toMatchObject({ ok: true });
    expect(await officeOf(staff.id)).toBe(office.id);
    const closed = await db().office.create({ data: { name: `Closed ${Date.now()}`, closed: true } });
    expect(inEnglish(await updateUser(admin, staff.id, user.version + 1, { name: "Staff", role: "OFFICER", organisationId: "", officeId: closed.id }))).toMatchObject({
      ok: false,
      fieldErrors: { officeId: "That office is closed: it takes no new records." },
    });
  });

  it("refuses bad input field by field, and a second account for one email", async () => {
    const missing = await inviteUser(admin, { email: "not-an-email", name: "", role: "PARTNER", organisationId: "" });
    expect(inEnglish(missing)).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String), name: expect.any(String), organisationId: expect.any(String) } });
    const staffWithOrg = await inviteUser(admin, { email: "x@example.org", name: "X", role: "OFFICER", organisationId: (await makeOrganisation()).id });
    expect(inEnglish(staffWithOrg)).toMatchObject({ ok: false, fieldErrors: { organisationId: expect.any(String) } });
    const existing = await makeUser("OFFICER");
    expect(inEnglish(await inviteUser(admin, { email: existing.email.toUpperCase(), name: "Again", role: "OFFICER", organisationId: "" }))).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });

  it("expires", async () => {
    const result = await inviteUser(admin, { email: "late@example.org", name: "Late", role: "OFFICER", organisationId: "" });
    if (!result.ok) throw new Error(english(result.message));
    const inEightDays = new Date(Date.now() + 8 * 86_400_000);
    expect(await tokenHolder(tokenOf(result.link), inEightDays)).toBeNull();
    expect(inEnglish(await setPasswordWithToken(tokenOf(result.link), { password: PASSWORD, confirm: PASSWORD }, inEightDays))).toMatchObject({ ok: false });
  });
});

describe("password reset", () => {
  it("keeps the old password until the link is used, then ends every session", async () => {
    const user = await makeUser("OFFICER", { password: "the old long password" });
    const session = await startSession(user.id, client);
    const first = await sendPasswordReset(admin, user.id);
    const second = await sendPasswordReset(admin, user.id);
    if (!first.ok || !second.ok) throw new Error("reset refused");
    expect(await checkCredentials(user.email, "the old long password", client)).not.toBeNull();
    // A newer link replaces the older one.
    expect(await tokenHolder(tokenOf(first.link))).toBeNull();
    expect(await setPasswordWithToken(tokenOf(second.link), { password: PASSWORD, confirm: PASSWORD })).toMatchObject({ ok: true });
    expect(await viewerForSession(session)).toBeNull();
    expect(await checkCredentials(user.email, "the old long password", client)).toBeNull();
    expect(await checkCredentials(user.email, PASSWORD, client)).not.toBeNull();
  });
});

describe("roles and deactivation", () => {
  it("deactivating ends the sessions at once; reactivating lets the person sign in again", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    const session = await startSession(user.id, client);
    expect(await viewerForSession(session)).not.toBeNull();
    expect(await setUserActive(admin, user.id, user.version, false)).toMatchObject({ ok: true });
    expect(await viewerForSession(session)).toBeNull();
    expect(await checkCredentials(user.email, PASSWORD, client)).toBeNull();
    expect(await setUserActive(admin, user.id, user.version + 1, true)).toMatchObject({ ok: true });
    expect(await checkCredentials(user.email, PASSWORD, client)).not.toBeNull();
  });

  it("a change of role or organisation ends the sessions; a change of name does not", async () => {
    const user = await makeUser("OFFICER");
    const session = await startSession(user.id, client);
    expect(await updateUser(admin, user.id, 1, { name: "Renamed", role: "OFFICER", organisationId: "" })).toMatchObject({ ok: true });
    expect(await viewerForSession(session)).not.toBeNull();
    expect(await updateUser(admin, user.id, 2, { name: "Renamed", role: "MANAGER", organisationId: "" })).toMatchObject({ ok: true });
    expect(await viewerForSession(session)).toBeNull();
    expect(inEnglish(await updateUser(admin, user.id, 2, { name: "Stale", role: "OFFICER", organisationId: "" }))).toMatchObject({ ok: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed");
  });

  it("never leaves the unit without an active administrator", async () => {
    const self = await db().user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(inEnglish(await updateUser(admin, self.id, self.version, { name: self.name, role: "OFFICER", organisationId: "" }))).toMatchObject({ ok: false, message: expect.stringMatching(/last active administrator/) });
    expect(inEnglish(await setUserActive(admin, self.id, self.version, false))).toMatchObject({ ok: false, message: expect.stringMatching(/last active administrator/) });
    // With two admins, each may demote the other at the same moment: one change wins, one admin is left.
    const other = await makeUser("ADMIN");
    const results = await Promise.all([
      updateUser(admin, other.id, other.version, { name: other.name, role: "OFFICER", organisationId: "" }),
      updateUser(viewerOf(other), self.id, self.version, { name: self.name, role: "OFFICER", organisationId: "" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("refuses every administration to officers, managers and partners", async () => {
    const target = await makeUser("OFFICER");
    const org = await makeOrganisation();
    for (const role of ["OFFICER", "MANAGER", "PARTNER"] as const) {
      const viewer = viewerOf(await makeUser(role, { organisationId: role === "PARTNER" ? org.id : undefined }));
      expect(inEnglish(await inviteUser(viewer, { email: `${role}@example.net`, name: "X", role: "ADMIN", organisationId: "" }))).toMatchObject({ ok: false });
      expect(inEnglish(await updateUser(viewer, target.id, 1, { name: "X", role: "ADMIN", organisationId: "" }))).toMatchObject({ ok: false });
      expect(inEnglish(await setUserActive(viewer, target.id, 1, false))).toMatchObject({ ok: false });
      expect(inEnglish(await sendPasswordReset(viewer, target.id))).toMatchObject({ ok: false });
    }
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "OFFICER", active: true, version: 1 });
    expect(await db().userToken.count({ where: { userId: target.id } })).toBe(0);
  });
});
