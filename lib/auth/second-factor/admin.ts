// Administrators' part in second factors: requiring them of officers (a unit setting) and resetting a
// user's (a lost phone and no recovery code left). Both audited; a reset ends the user's sessions.
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { denied, refused, type ActionResult } from "@/lib/domain/action-result";
import { can, type Viewer } from "@/lib/policy";
import { changeSetting } from "@/lib/settings/settings";
import { tellOfSignInChange } from "../security-mail";
import { endAllSessions } from "../sessions";
import { stepUpRefusal } from "./gate";
import { msg } from "@/lib/i18n/message";

export async function requireForOfficers(viewer: Viewer, on: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsDecideWho"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  await changeSetting(viewer, "auth.officersNeedSecondFactor", on);
  return { ok: true, id: "auth.officersNeedSecondFactor" };
}

/** Removes the user's authenticator app, passkeys and recovery codes, and signs them out everywhere. */
export async function resetSecondFactors(viewer: Viewer, userId: string): Promise<ActionResult> {
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsResetSecond"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { totpConfirmedAt: true, _count: { select: { passkeys: true, recoveryCodes: true } } } });
    if (!user) return refused(msg("problems.accountGone"));
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpConfirmedAt: null, totpLastStep: null, passwordlessSignIn: false } });
    await tx.passkey.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await endAllSessions(userId, tx);
    await recordAudit(tx, {
      actor: viewer,
      action: "update",
      entityType: "User",
      entityId: userId,
      changes: { secondFactors: [`app: ${user.totpConfirmedAt ? "yes" : "no"}, passkeys: ${user._count.passkeys}, recovery codes: ${user._count.recoveryCodes}`, "reset"] },
      reason: "second factors reset by an administrator",
    });
    await tellOfSignInChange(tx, userId, msg("mail.change.factorsReset", { admin: viewer.name }));
    return { ok: true, id: userId };
  });
}
