// What the account page and /second-factor show of a user's second factors.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";
import { pendingAppSecret } from "./enrolment";
import { enrolmentQrSvg } from "./totp";

export async function ownSecondFactors(viewer: Pick<Viewer, "userId" | "email" | "sessionId">) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      totpConfirmedAt: true,
      passwordlessSignIn: true,
      passkeys: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, createdAt: true, lastUsedAt: true } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const secret = await pendingAppSecret(viewer);
  return {
    appSince: user.totpConfirmedAt,
    /** An app being set up: its QR code and key. */
    pendingApp: secret ? { secret, qrSvg: await enrolmentQrSvg(secret, viewer.email) } : null,
    passkeys: user.passkeys,
    passwordless: user.passwordlessSignIn,
    recoveryCodesLeft: user._count.recoveryCodes,
  };
}
