"use server";
// The Server Actions of user administration and of the one-time password links. The viewer
// comes from the session only.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientInfo } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/viewer";
import { denied, refused, type ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf, nextAttempt, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { deliverPending, retryMessage } from "@/lib/mail/outbox";
import { can } from "@/lib/policy";
import { changeOwnPassword, endOwnSession, inviteUser, sendPasswordReset, setPasswordWithToken, setUserActive, updateUser } from "./mutations";
import type { InviteFormValues, UserFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export type LinkState = FormState<InviteFormValues> & { link?: string };

export async function inviteUserAction(previous: LinkState, input: unknown): Promise<LinkState> {
  const form = formOf(input);
  const values: InviteFormValues = {
    email: text(form, "email"),
    name: text(form, "name"),
    role: text(form, "role") as InviteFormValues["role"],
    organisationId: text(form, "organisationId"),
  };
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const result = await inviteUser(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/admin/users");
  await deliverPending().catch(() => undefined); // at once when mail is set up; the job retries otherwise
  return { result: { ok: true, id: result.id }, values: null, attempt, link: result.link };
}

export async function updateUserAction(previous: FormState<UserFormValues>, input: unknown) {
  const form = formOf(input);
  return saveRecord(previous, form, {
    values: (f): UserFormValues => ({ name: text(f, "name"), role: text(f, "role") as UserFormValues["role"], organisationId: text(f, "organisationId") }),
    create: async () => refused(msg("problems.invitePeopleFromUsers")),
    update: updateUser,
    path: "/admin/users",
  });
}

export async function setUserActiveAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return refused(msg("problems.formMissingAccountsVersion"));
  const result = await setUserActive(viewer, text(form, "id"), readVersion.data, form.get("active") === "true");
  if (result.ok) revalidatePath(`/admin/users/${result.id}`);
  return result;
}

export async function sendPasswordResetAction(_previous: (ActionResult & { link?: string }) | null, input: unknown) {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await sendPasswordReset(viewer, text(form, "id"));
  if (result.ok) await deliverPending().catch(() => undefined);
  return result;
}

export async function retryEmailAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  if (!can(viewer, "update", "User")) return denied(msg("problems.onlyAdministratorsSendMail"));
  const id = text(form, "id");
  if (!(await retryMessage(id))) return refused(msg("problems.messageNotWaiting"));
  await deliverPending().catch(() => undefined);
  revalidatePath("/admin/email");
  return { ok: true, id };
}

export async function setPasswordAction(_previous: ActionResult<{ email: string }> | null, input: unknown) {
  const form = formOf(input);
  const result = await setPasswordWithToken(text(form, "token"), { password: text(form, "password"), confirm: text(form, "confirm") });
  if (!result.ok) return result;
  redirect(`/sign-in?welcome=${encodeURIComponent(result.email)}`);
}

/** A signed-in user (any role) changes their own password; other sessions of the account end. */
export async function changePasswordAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  return changeOwnPassword(viewer, { current: text(form, "current"), password: text(form, "password"), confirm: text(form, "confirm") }, await clientInfo());
}

/** Ends one of the viewer's other sessions (`id`), or all of them (`id` = "others"), with the viewer's `password`. */
export async function endSessionAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await endOwnSession(viewer, text(form, "id"), text(form, "password"), await clientInfo());
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
