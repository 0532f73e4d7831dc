// User administration (admins only) and the one-time links that let people set a password.
// Every change and its audit event share a transaction; changes that lower an account's rights
// end its sessions at once; the last active administrator cannot be demoted or deactivated.
import { officeProblem } from "@/lib/offices/queries";
import { ROOT_OFFICE } from "@/lib/offices/tree";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { stepUpRefusal } from "@/lib/auth/second-factor/gate";
import { newPasswordProblems } from "@/lib/auth/password-policy";
import { tellOfSignInChange } from "@/lib/auth/security-mail";
import { checkCredentials, endAllSessions, type ClientInfo } from "@/lib/auth/sessions";
import { SignInThrottledError } from "@/lib/auth/throttle";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { can, type Viewer } from "@/lib/policy";
import { inviteSchema, userSchema, type InviteFormValues, type UserFormValues } from "./schema";
import { issueToken, TOKEN_HOURS } from "./tokens";
import { msg } from "@/lib/i18n/message";
import { languageOf, say } from "@/lib/i18n/say";
import { waitValue } from "@/lib/auth/wait-text";

const ENTITY = "User";
const LAST_ADMIN = msg("problems.lastActiveAdministratorMake");

async function snapshot(tx: Prisma.TransactionClient, id: string): Promise<AuditSnapshot> {
  const u = await tx.user.findUniqueOrThrow({ where: { id }, include: { organisation: { select: { name: true } }, office: { select: { name: true } } } });
  return { email: u.email, name: u.name, role: u.role, organisation: u.organisation?.name ?? null, office: u.office?.name ?? null, active: u.active };
}

/** Would the change leave no active administrator? Locks the admins' rows so two concurrent changes cannot both pass. */
async function removesLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
  return admins.length > 0 && admins.every((a) => a.id === userId);
}

/** Partners have no office; staff have the one chosen, or else `otherwise`. */
const officeFor = (role: string, chosen: string | null, otherwise: string) => (role === "PARTNER" ? null : (chosen ?? otherwise));

async function organisationExists(id: string | null) {
  return !id || (await db().organisation.count({ where: { id, archived: false } })) > 0;
}

export async function inviteUser(viewer: Viewer, values: InviteFormValues): Promise<ActionResult<{ id: string; link: string }>> {
  if (!can(viewer, "create", "User")) return denied(msg("problems.onlyAdministratorsInvitePeople"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (!(await organisationExists(input.organisationId))) return refused(FIX_FIELDS, { organisationId: msg("problems.chooseOrganisationFromList") });
  const officeError = await officeProblem(input.officeId);
  if (officeError) return refused(FIX_FIELDS, { officeId: officeError });
  if (await db().user.findUnique({ where: { email: input.email } })) return refused(FIX_FIELDS, { email: msg("problems.somebodyAlreadyAccountWith") });
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...input, officeId: officeFor(input.role, input.officeId, ROOT_OFFICE), passwordHash: null } });
    const token = await issueToken(tx, user.id, "INVITATION", viewer.userId);
    const link = appUrl(`/welcome/${token}`);
    await enqueueMail(tx, {
      userId: user.id,
      to: user.email,
      kind: "invitation",
      // The invitee has chosen no language yet: the unit's first (English); the welcome page then follows their browser.
      subject: say(languageOf(user.locale), msg("mail.invitationSubject")),
      text: say(languageOf(user.locale), msg("mail.invitation", { name: user.name, by: viewer.name, days: TOKEN_HOURS.INVITATION / 24, link })),
    });
    await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: user.id, changes: changedFields(null, await snapshot(tx, user.id)) });
    return { ok: true as const, id: user.id, link };
  });
}

export async function updateUser(viewer: Viewer, id: string, readVersion: number, values: UserFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsChangeAccounts"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const current = await db().user.findUnique({ where: { id }, select: { version: true, role: true, organisationId: true, officeId: true } });
  if (!current) return refused(msg("problems.accountGone"));
  if (current.version !== readVersion) return conflictSince(ENTITY, id, readVersion, current.version, "account");
  const parsed = userSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (!(await organisationExists(input.organisationId))) return refused(FIX_FIELDS, { organisationId: msg("problems.chooseOrganisationFromList") });
  const officeError = await officeProblem(input.officeId, current.officeId ?? undefined);
  if (officeError) return refused(FIX_FIELDS, { officeId: officeError });
  return db().$transaction(async (tx) => {
    if (current.role === "ADMIN" && input.role !== "ADMIN" && (await removesLastAdmin(tx, id))) return refused(LAST_ADMIN);
    const before = await snapshot(tx, id);
    const officeId = officeFor(input.role, input.officeId, current.officeId ?? ROOT_OFFICE);
    const { count } = await tx.user.updateMany({ where: { id, version: readVersion }, data: { ...input, officeId, version: { increment: 1 } } });
    if (count === 0) return refused(msg("problems.accountChangedMeanwhileReload"));
    // What a session may see follows the role and organisation: a change takes effect at the next sign-in.
    if (current.role !== input.role || current.organisationId !== input.organisationId) await endAllSessions(id, tx);
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, id)) });
    return { ok: true, id };
  });
}

/** Deactivates (ending every session at once) or reactivates an account. */
export async function setUserActive(viewer: Viewer, id: string, readVersion: number, active: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsChangeAccounts"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: { version: true, active: true } });
    if (!current) return refused(msg("problems.accountGone"));
    if (current.version !== readVersion) return refused(msg("problems.accountChangedMeanwhileReload"));
    if (current.active === active) return { ok: true, id };
    if (!active && (await removesLastAdmin(tx, id))) return refused(LAST_ADMIN);
    const before = await snapshot(tx, id);
    await tx.user.update({ where: { id }, data: { active, version: { increment: 1 } } });
    if (!active) await endAllSessions(id, tx);
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, id)) });
    return { ok: true, id };
  });
}

/** Emails the user a one-time link to choose a new password; the old one works until then. */
export async function sendPasswordReset(viewer: Viewer, id: string): Promise<ActionResult<{ id: string; link: string }>> {
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsResetPasswords"));
  const stepUp = stepUpRefusal(viewer);
  if (stepUp) return stepUp;
  const user = await db().user.findUnique({ where: { id } });
  if (!user) return refused(msg("problems.accountGone"));
  if (!user.active) return refused(msg("problems.accountDeactivatedReactivateFirst"));
  return db().$transaction(async (tx) => {
    const token = await issueToken(tx, id, "PASSWORD_RESET", viewer.userId);
    const link = appUrl(`/welcome/${token}`);
    await enqueueMail(tx, {
      userId: id,
      to: user.email,
      kind: "password-reset",
      subject: say(languageOf(user.locale), msg("mail.resetSubject")),
      text: say(languageOf(user.locale), msg("mail.reset", { name: user.name, hours: TOKEN_HOURS.PASSWORD_RESET, link })),
    });
    return { ok: true as const, id, link };
  });
}

/** The account a one-time link is for, if the link is still good. */
export async function tokenHolder(token: string, now = new Date()) {
  const row = await db().userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { id: true, email: true, name: true, active: true } } } });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return { purpose: row.purpose, email: row.user.email, name: row.user.name };
}

/** Sets the password through a one-time link: the link is spent, and every session of the account ends. */
export async function setPasswordWithToken(token: string, values: { password: string; confirm: string }, now = new Date()): Promise<ActionResult<{ email: string }>> {
  const holder = await tokenHolder(token, now);
  const problems = newPasswordProblems(values, holder?.email ?? "");
  if (problems) return refused(FIX_FIELDS, problems);
  const passwordHash = await hashPassword(values.password);
  return db().$transaction(async (tx) => {
    // Spending the token is the conditional write: of two uses at once, one wins.
    const row = await tx.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!row || !row.user.active) return refused(msg("problems.linkValidAskYour"));
    const spent = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count === 0) return refused(msg("problems.linkBeenUsedExpired"));
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, version: { increment: 1 } } });
    await endAllSessions(row.userId, tx, now);
    // An invitation's first password changes nothing the person had; a reset does.
    if (row.user.passwordHash) await tellOfSignInChange(tx, row.userId, msg("mail.change.passwordReset"), now);
    await recordAudit(tx, { actor: { userId: row.userId }, action: "update", entityType: ENTITY, entityId: row.userId, changes: { password: ["(hidden)", "(changed)"] } });
    return { ok: true as const, email: row.user.email };
  });
}

/**
 * A signed-in user changes their own password. The current password is checked as at sign-in (a
 * wrong one counts toward the sign-in back-off); every other session of the account ends.
 */
export async function changeOwnPassword(
  viewer: Viewer,
  values: { current: string; password: string; confirm: string },
  client: ClientInfo,
  now = new Date(),
): Promise<ActionResult> {
  const problems = newPasswordProblems(values, viewer.email);
  if (problems) return refused(FIX_FIELDS, problems);
  if (values.current === values.password) return refused(FIX_FIELDS, { password: msg("problems.choosePasswordOtherThan") });
  const wrong = await passwordRefusal(viewer, values.current, "current", client, now);
  if (wrong) return wrong;
  const passwordHash = await hashPassword(values.password);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash, version: { increment: 1 } } });
    await endAllSessions(viewer.userId, tx, now, { except: viewer.sessionId });
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: viewer.userId, changes: { password: ["(hidden)", "(changed)"] } });
    await tellOfSignInChange(tx, viewer.userId, msg("mail.change.password"), now);
    return { ok: true as const, id: viewer.userId };
  });
}

/**
 * The viewer's own password, checked as at sign-in (a wrong one counts toward the sign-in back-off):
 * the refusal naming `field`, or null when it is right.
 */
async function passwordRefusal(viewer: Viewer, password: string, field: string, client: ClientInfo, now: Date, message = FIX_FIELDS): Promise<ActionResult | null> {
  try {
    const user = await checkCredentials(viewer.email, password, client, now);
    return user?.id === viewer.userId ? null : refused(message, { [field]: msg("problems.notCurrentPassword") });
  } catch (error) {
    if (error instanceof SignInThrottledError) return refused(msg("problems.tooManyWrongPasswords", { wait: waitValue(error.retryAfterSeconds) }));
    throw error;
  }
}

/**
 * Signs the viewer out of one of their other sessions, or (`"others"`) of all but this one, once
 * they have given their password again (ASVS 5.0 7.5.2: whoever sits at an unlocked screen cannot
 * throw the owner out). An account without a password signs in through the identity provider, which
 * owns that check.
 */
export async function endOwnSession(viewer: Viewer, sessionId: string | "others", password: string, client: ClientInfo, now = new Date()): Promise<ActionResult> {
  if (sessionId === viewer.sessionId) return refused(msg("problems.sessionYouUsingSign"));
  const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
  if (passwordHash) {
    if (!password) return refused(msg("problems.enterYourPasswordSign"), { password: msg("problems.enterYourPasswordSign") });
    const wrong = await passwordRefusal(viewer, password, "password", client, now, msg("problems.notCurrentPassword"));
    if (wrong) return wrong;
  }
  if (sessionId === "others") {
    await endAllSessions(viewer.userId, db(), now, { except: viewer.sessionId });
    return { ok: true, id: viewer.userId };
  }
  const { count } = await db().userSession.updateMany({ where: { id: sessionId, userId: viewer.userId, revokedAt: null }, data: { revokedAt: now } });
  return count === 0 ? refused(msg("problems.sessionAlreadyEnded")) : { ok: true, id: viewer.userId };
}

/**
 * A person's own interface language (null: their browser's decides). Any signed-in person, for
 * their own account only; a preference, so neither versioned nor audited. Emails and notifications
 * to them follow it too.
 */
export async function setOwnLanguage(viewer: Viewer, locale: Locale | null): Promise<ActionResult> {
  await db().user.update({ where: { id: viewer.userId }, data: { locale } });
  return { ok: true, id: viewer.userId };
}
