// Sign-in sessions live in the database: the signed cookie only names a row, and every request
// checks that row, so ending a session (sign-out, deactivation, password change) takes effect at once.
import { officeReach } from "@/lib/offices/reach";
import { sawLookupGeneration } from "@/lib/cache/lookups";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import type { Role, Viewer } from "@/lib/policy";
import { OFFICERS_READ_SETTING, OFFICERS_SETTING } from "@/lib/settings/settings";
import { decoyHash, verifyPassword } from "./password";
import { gateOf, type Gate } from "./second-factor/gate";
import { tellOfNewSignIn } from "./security-mail";
import { SignInThrottledError, signInWait } from "./throttle";

/** The reason recorded for a right password whose second factor is still to come. */
export const SECOND_FACTOR_NEXT = "password right; second factor next";

// lastSeenAt is written at most this often, so browsing does not write on every request.
const TOUCH_INTERVAL_MS = 60_000;

export interface ClientInfo {
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * The user for an email and password, or null: unknown, wrong password and deactivated look alike.
 * Throws SignInThrottledError while the email or the address must wait (lib/auth/throttle.ts).
 */
export async function checkCredentials(email: string, password: string, client: ClientInfo, now = new Date()) {
  const normalised = email.trim().toLowerCase();
  const retryAfter = await signInWait(normalised.slice(0, 320), client.ipAddress, now);
  if (retryAfter > 0) {
    await db().signInEvent.create({ data: { at: now, email: normalised.slice(0, 320), success: false, reason: "throttled", ipAddress: client.ipAddress } });
    throw new SignInThrottledError(retryAfter);
  }
  const user = await db().user.findUnique({ where: { email: normalised }, include: { _count: { select: { passkeys: true } } } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  const reason = !user ? "unknown email" : !ok ? "wrong password" : !user.active ? "deactivated" : null;
  // A password alone is not yet a sign-in for a user with a second factor: it must not clear the
  // email's failure count (lib/auth/throttle.ts), or guessing codes between passwords would never wait.
  const secondFactorNext = reason === null && user && (user.totpConfirmedAt || user._count.passkeys > 0);
  await db().signInEvent.create({
    data: {
      at: now,
      email: normalised.slice(0, 320),
      userId: user?.id,
      success: reason === null,
      reason: secondFactorNext ? SECOND_FACTOR_NEXT : reason,
      ipAddress: client.ipAddress,
    },
  });
  return reason === null && user ? user : null;
}

/** An active user by email, for single sign-on (no account is created by signing in). */
export async function findActiveUserByEmail(email: string) {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  return user?.active ? user : null;
}

/** `method`: how the user proved who they are; a passkey sign-in has proved its second factor too. */
export async function startSession(userId: string, client: ClientInfo, method: "password" | "passkey" | "oidc" = "password"): Promise<string> {
  const env = appEnv();
  const now = new Date();
  return db().$transaction(async (tx) => {
    const session = await tx.userSession.create({
      data: {
        userId,
        method,
        secondFactorAt: method === "passkey" ? now : null,
        expiresAt: new Date(now.getTime() + env.SESSION_MAX_AGE_HOURS * 3600_000),
        ipAddress: client.ipAddress,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      },
    });
    await tellOfNewSignIn(tx, userId, session.id, client, now);
    return session.id;
  });
}

export async function endSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every session of a user (but `except`, the one changing its own password): on deactivation,
 * role change and password change (pass the transaction making that change).
 */
export async function endAllSessions(userId: string, client: Prisma.TransactionClient = db(), now = new Date(), { except }: { except?: string } = {}): Promise<void> {
  await client.userSession.updateMany({ where: { userId, revokedAt: null, ...(except && { id: { not: except } }) }, data: { revokedAt: now } });
}

export interface SessionState {
  viewer: Viewer;
  /** What the session must do before anything else (lib/auth/second-factor/gate.ts). */
  gate: Gate;
}

/**
 * The viewer behind a session id and its second-factor gate, or null when the session has ended,
 * expired or idled out. Every request asks this, so it is one indexed read (the session's primary
 * key joined to its user, with the officers' setting and the lookups' generation), written in SQL.
 */
export async function sessionState(sessionId: string): Promise<SessionState | null> {
  // Prisma keeps DateTime as UTC wall time (timestamp without time zone): compare with the same.
  const [row] = await db().$queryRaw<(Omit<Viewer, "sessionId" | "secondFactor" | "locale"> & SessionRow)[]>`
    SELECT u.id AS "userId", u.name, u.email, u.role::text AS role, u."organisationId", u."officeId", u.locale, s."lastSeenAt",
      s.method, s."secondFactorAt",
      (u."totpConfirmedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = u.id)) AS enrolled,
      COALESCE((SELECT value = 'true'::jsonb FROM "Setting" WHERE key = ${OFFICERS_SETTING}), false) AS "officersMustEnrol",
      COALESCE((SELECT value = 'true'::jsonb FROM "Setting" WHERE key = ${OFFICERS_READ_SETTING}), true) AS "officersReadAllOffices",
      (SELECT generation FROM "LookupGeneration" WHERE id = 1) AS "lookupGeneration"
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."revokedAt" IS NULL AND u.active
      AND s."expiresAt" > now() AT TIME ZONE 'UTC'
      AND s."lastSeenAt" >= now() AT TIME ZONE 'UTC' - make_interval(mins => ${appEnv().SESSION_IDLE_MINUTES}::int)`;
  if (!row) return null;
  if (row.lookupGeneration !== null) sawLookupGeneration(row.lookupGeneration);
  const now = new Date();
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().$executeRaw`UPDATE "UserSession" SET "lastSeenAt" = ${now} WHERE id = ${sessionId}`;
  }
  const role = row.role as Role;
  const secondFactor = { enrolled: row.enrolled, at: row.secondFactorAt, viaIdentityProvider: row.method === "oidc" };
  return {
    viewer: {
      userId: row.userId,
      sessionId,
      name: row.name,
      email: row.email,
      role,
      organisationId: row.organisationId,
      officeId: row.officeId,
      ...(await officeReach(role, row.officeId ?? null, row.officersReadAllOffices)),
      locale: isLocale(row.locale) ? row.locale : null,
      secondFactor,
    },
    gate: gateOf(role, secondFactor, row.officersMustEnrol),
  };
}

interface SessionRow {
  locale: string | null;
  lastSeenAt: Date;
  /** The cached lookups' generation, read here so they cost no round trip of their own (lib/cache/lookups.ts). */
  lookupGeneration: bigint | null;
  method: string;
  secondFactorAt: Date | null;
  enrolled: boolean;
  officersMustEnrol: boolean;
  officersReadAllOffices: boolean;
}

/** The viewer of a session whose gate is open (signed in, second factor proved or not needed), or null. */
export async function viewerForSession(sessionId: string): Promise<Viewer | null> {
  const state = await sessionState(sessionId);
  return state && !state.gate ? state.viewer : null;
}
