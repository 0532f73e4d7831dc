import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, endAllSessions, endSession, startSession, viewerForSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { makeOrganisation, makeUser } from "../support/factories";

const client = { ipAddress: "203.0.113.7", userAgent: "test" };
const PASSWORD = "a long enough password";

describe("signing in", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    user = await makeUser("OFFICER", { password: PASSWORD });
  });

  it("accepts the right email and password, whatever the email's case", async () => {
    expect((await checkCredentials(user.email.toUpperCase(), PASSWORD, client))?.id).toBe(user.id);
  });

  it("answers a wrong password, an unknown email and a deactivated user alike, and records each attempt", async () => {
    const deactivated = await makeUser("OFFICER", { password: PASSWORD, active: false });
    expect(await checkCredentials(user.email, "wrong password!!", client)).toBeNull();
    expect(await checkCredentials("nobody@example.org", PASSWORD, client)).toBeNull();
    expect(await checkCredentials(deactivated.email, PASSWORD, client)).toBeNull();
    const failures = await db().signInEvent.findMany({ where: { success: false }, orderBy: { id: "asc" } });
    expect(failures.map((e) => e.reason)).toEqual(["wrong password", "unknown email", "deactivated"]);
    expect(failures.every((e) => e.ipAddress === "203.0.113.7")).toBe(true);
  });
});

describe("sessions are checked against the database on every request", () => {
  it("gives the viewer's role and organisation from the database", async () => {
    const org = await makeOrganisation();
    const partner = await makeUser("PARTNER", { organisationId: org.id });
    const viewer = await viewerForSession(await startSession(partner.id, client));
    expect(viewer).toMatchObject({ userId: partner.id, role: "PARTNER", organisationId: org.id });
  });

  it("deactivating a user ends their sessions at once", async () => {
    const user = await makeUser("OFFICER");
    const sid = await startSession(user.id, client);
    expect(await viewerForSession(sid)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await viewerForSession(sid)).toBeNull();
  });

  it("a role change takes effect on the next request", async () => {
    const user = await makeUser("OFFICER");
    const sid = await startSession(user.id, client);
    await db().user.update({ where: { id: user.id }, data: { role: "MANAGER" } });
    expect((await viewerForSession(sid))?.role).toBe("MANAGER");
  });

  it("ending all of a user's sessions (password change) ends every browser's session", async () => {
    const user = await makeUser("OFFICER");
    const first = await startSession(user.id, client);
    const second = await startSession(user.id, client);
    await endAllSessions(user.id);
    expect(await viewerForSession(first)).toBeNull();
    expect(await viewerForSession(second)).toBeNull();
  });

  it("a signed-out session cannot be used again", async () => {
    const user = await makeUser("MANAGER");
    const sid = await startSession(user.id, client);
    await endSession(sid);
    expect(await viewerForSession(sid)).toBeNull();
  });

  it("an expired or idle session ends", async () => {
    const user = await makeUser("ADMIN");
    const expired = await startSession(user.id, client);
    await db().userSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await viewerForSession(expired)).toBeNull();

    const idle = await startSession(user.id, client);
    await db().userSession.update({ where: { id: idle }, data: { lastSeenAt: new Date(Date.now() - 3 * 3600_000) } });
    expect(await viewerForSession(idle)).toBeNull();
  });

  it("an unknown session id is nobody", async () => {
    expect(await viewerForSession("forged-session-id")).toBeNull();
  });
});
