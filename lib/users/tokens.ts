// One-time links (invitations, password resets): a random token in the URL, only its sha256 in
// the database, so a database leak does not leak usable links.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

export const TOKEN_HOURS: Record<TokenPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 24 };

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** Issues a token (ending the user's earlier unused ones of the same purpose); returns the token. */
export async function issueToken(tx: Prisma.TransactionClient, userId: string, purpose: TokenPurpose, createdById: string, now = new Date()) {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.userToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), createdById, expiresAt: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3_600_000) },
  });
  return token;
}
