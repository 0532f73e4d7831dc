// Reads for user administration (admins only), and each person's own sessions.
import { cachedLookup } from "@/lib/cache/lookups";
import { db } from "@/lib/db";
import { appEnv } from "@/lib/env";
import { can, type Viewer } from "@/lib/policy";
import type { UserFormValues } from "./schema";

export async function listUsers(viewer: Viewer) {
  if (!can(viewer, "read", "User")) return null;
  const users = await db().user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      organisation: { select: { name: true, acronym: true } },
      signIns: { where: { success: true }, orderBy: { at: "desc" }, take: 1, select: { at: true } },
    },
  });
  return users.map(({ passwordHash, signIns, ...u }) => ({ ...u, hasPassword: passwordHash !== null, lastSignIn: signIns[0]?.at ?? null }));
}

export async function userForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "User")) return null;
  const u = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      organisationId: true,
      officeId: true,
      active: true,
      version: true,
      passwordHash: true,
      signIns: { orderBy: { at: "desc" }, take: 10, select: { at: true, success: true, reason: true, ipAddress: true } },
      totpConfirmedAt: true,
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } }, passkeys: true, recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!u) return null;
  const values: UserFormValues = { name: u.name, role: u.role, organisationId: u.organisationId ?? "", officeId: u.officeId ?? "" };
  return {
    id: u.id, email: u.email, active: u.active, version: u.version, hasPassword: u.passwordHash !== null, signIns: u.signIns, openSessions: u._count.sessions, values,
    secondFactors: { app: u.totpConfirmedAt !== null, passkeys: u._count.passkeys, recoveryCodesLeft: u._count.recoveryCodes },
  };
}

/** The active officers and administrators, by name: who may be made responsible for a record (cached). */
export function officerChoices() {
  return cachedLookup("officers", () =>
    db().user.findMany({ where: { active: true, role: { in: ["OFFICER", "ADMIN"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  );
}

/** The outbox as admins see it: what failed or waits, newest first. */
export async function outbox(viewer: Viewer) {
  if (!can(viewer, "read", "User")) return null;
  const [waiting, sentToday] = await Promise.all([
    db().emailMessage.findMany({
      where: { status: { in: ["FAILED", "PENDING", "SENDING"] } },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: 200,
      select: { id: true, to: true, subject: true, kind: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true },
    }),
    db().emailMessage.count({ where: { status: "SENT", sentAt: { gte: new Date(Date.now() - 86_400_000) } } }),
  ]);
  return { waiting, sentToday };
}

/** Where the viewer is signed in: their sessions still open (not ended, expired or idled out), newest first. */
/** Whether the viewer's account has a password (one that signs in only through the identity provider has none). */
export async function hasPassword(viewer: Viewer): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}

export async function ownSessions(viewer: Viewer, now = new Date()) {
  const idleSince = new Date(now.getTime() - appEnv().SESSION_IDLE_MINUTES * 60_000);
  const sessions = await db().userSession.findMany({
    where: { userId: viewer.userId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: idleSince } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ipAddress: true, userAgent: true },
  });
  return sessions.map((session) => ({ ...session, current: session.id === viewer.sessionId }));
}
