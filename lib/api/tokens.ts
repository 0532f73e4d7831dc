// Personal access tokens for the read-only JSON API. Shown once, stored as their sha256, with an
// expiry; revoked by their owner. A token acts as its user as the user is now (role, organisation,
// deactivation), so it never carries more than the person could see in the app.
import { viewerOfUser } from "@/lib/offices/reach";
import { stepUpRefusal } from "@/lib/auth/second-factor/gate";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { denied, FIX_FIELDS, refused, type ActionResult } from "@/lib/domain/action-result";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { appEnv } from "@/lib/env";
import { can, type Viewer } from "@/lib/policy";
import { apiTokenSchema, type ApiTokenFormInput } from "./schema";
import { msg } from "@/lib/i18n/message";

/** Recognisable in logs and secret scanners; the rest is 32 random bytes. */
export const TOKEN_PREFIX = "prt_";

/** Returns the token itself: the one time it exists outside the caller's hands. */
export async function createApiToken(viewer: Viewer, input: ApiTokenFormInput, now = new Date()): Promise<ActionResult<{ id: string; token: string }>> {
  if (!can(viewer, "create", "ApiToken")) return denied(msg("problems.mayNotCreateTokens"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const parsed = apiTokenSchema.safeParse(input);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const values = parsed.data;
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const row = await db().apiToken.create({
    data: {
      userId: viewer.userId,
      name: values.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: new Date(now.getTime() + values.days * 86_400_000),
    },
  });
  return { ok: true, id: row.id, token };
}

export async function listApiTokens(viewer: Viewer) {
  if (!can(viewer, "read", "ApiToken")) return [];
  return db().apiToken.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true },
  });
}

export async function revokeApiToken(viewer: Viewer, id: string, now = new Date()): Promise<ActionResult> {
  if (!can(viewer, "archive", "ApiToken")) return denied(msg("problems.mayNotRevokeTokens"));
  // Someone else's token is "not found", as any record outside one's reach.
  const { count } = await db().apiToken.updateMany({ where: { id, userId: viewer.userId, revokedAt: null }, data: { revokedAt: now } });
  return count ? { ok: true, id } : refused(msg("problems.tokenRevokedOrNotYours"));
}

export type TokenCheck =
  | { ok: true; viewer: Viewer; limit: number; remaining: number; resetSeconds: number }
  | { ok: false; status: 401 | 429; code: string; message: string; retryAfter?: number };

const MINUTE = 60_000;

/**
 * The viewer behind an `Authorization: Bearer` header, counting the request against the token's
 * rate limit. One UPDATE both counts and records the last use, atomically, so the limit holds
 * whichever instance of the app the request reaches.
 */
export async function authenticateToken(header: string | null, now = new Date()): Promise<TokenCheck> {
  const token = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "")?.[1];
  if (!token) return { ok: false, status: 401, code: "unauthenticated", message: "Send a personal access token: Authorization: Bearer <token>. Create one on your account page." };
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, user: { select: { id: true, name: true, email: true, role: true, organisationId: true, officeId: true, active: true } } },
  });
  if (!row || !row.user.active) return { ok: false, status: 401, code: "invalid_token", message: "The token is not known, or its user is deactivated." };
  if (row.revokedAt) return { ok: false, status: 401, code: "revoked_token", message: "The token was revoked: create a new one on your account page." };
  if (row.expiresAt <= now) return { ok: false, status: 401, code: "expired_token", message: "The token has expired: create a new one on your account page." };

  const limit = appEnv().API_RATE_LIMIT_PER_MINUTE;
  const window = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const [{ count }] = await db().$queryRaw<{ count: number }[]>`
    UPDATE "ApiToken"
    SET "windowCount" = CASE WHEN "windowStart" = ${window} THEN "windowCount" + 1 ELSE 1 END,
        "windowStart" = ${window}, "lastUsedAt" = ${now}
    WHERE id = ${row.id}
    RETURNING "windowCount" AS count`;
  const resetSeconds = Math.ceil((window.getTime() + MINUTE - now.getTime()) / 1000);
  if (count > limit) {
    return { ok: false, status: 429, code: "rate_limited", message: `At most ${limit} requests a minute per token: try again in ${resetSeconds} s.`, retryAfter: resetSeconds };
  }
  const { user } = row;
  const viewer = await viewerOfUser(user, `api-token:${row.id}`);
  return { ok: true, viewer, limit, remaining: limit - count, resetSeconds };
}
