// One-time links (invitations, password resets).
import { newToken, hashToken } from "@/lib/auth/tokens";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

export const TOKEN_HOURS: Record<TokenPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 24 };

/** Issues a token (ending the user's earlier unused ones of the same purpose); returns the token. */
export async function issueToken(tx: Prisma.TransactionClient, userId: string, purpose: TokenPurpose, createdById: string, now = new Date()) {
  const token = newToken();
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.userToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), createdById, expiresAt: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3_600_000) },
  });
  return token;
}
