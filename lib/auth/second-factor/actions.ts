"use server";
// Server Actions of second factors: proving one at /second-factor (the session may still be held at
// the gate there, so these read the session state, not only an open viewer), enrolling and removing
// them on the account page, and the administrators' setting and reset.
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { revalidatePath } from "next/cache";
import { clientInfo } from "@/lib/auth/options";
import { getSessionState, getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf, writeAs } from "@/lib/domain/form-actions";
import { requireForOfficers, resetSecondFactors } from "./admin";
import { confirmAppEnrolment, regenerateRecoveryCodes, removeApp, startAppEnrolment } from "./enrolment";
import { authenticationOptions, provePasskey, registerPasskey, registrationOptions, removePasskey, setPasswordless, TOO_MANY_CHALLENGES } from "./passkeys";
import { proveWithCode } from "./verify";
import { msg, type Text } from "@/lib/i18n/message";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The session's viewer, held at the gate or not: who is proving or enrolling a second factor. */
async function sessionViewer() {
  return (await getSessionState())?.viewer ?? null;
}

function parsed<T>(json: string): T | null {
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

/** A code from the authenticator app, or a recovery code, proves this session's second factor. */
export async function proveCodeAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await sessionViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await proveWithCode(viewer, text(form, "code"), await clientInfo());
  return result.ok ? { ok: true, id: result.id } : result;
}

/** A challenge for one of the session's own passkeys: to prove the second factor. */
export async function verifyChallengeAction(): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const viewer = await sessionViewer();
  return viewer ? authenticationOptions(viewer) : null;
}

/** A challenge to make a new passkey for the session's user. */
export async function registerChallengeAction(): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const viewer = await sessionViewer();
  return viewer ? registrationOptions(viewer) : null;
}

export async function provePasskeyAction(responseJson: string): Promise<ActionResult> {
  const viewer = await sessionViewer();
  if (!viewer) return SIGNED_OUT;
  if (typeof responseJson !== "string") return { ok: false, message: msg("problems.passkeysAnswerCouldRead") };
  const response = parsed<AuthenticationResponseJSON>(responseJson);
  if (!response) return { ok: false, message: msg("problems.passkeysAnswerCouldRead") };
  return provePasskey(viewer, response, await clientInfo());
}

/** A challenge for signing in with a passkey alone (no session yet), or why there is none now. */
export async function passwordlessChallengeAction(): Promise<PublicKeyCredentialRequestOptionsJSON | { refused: Text }> {
  return (await authenticationOptions(null, await clientInfo())) ?? { refused: TOO_MANY_CHALLENGES };
}

export async function startAppEnrolmentAction(): Promise<ActionResult> {
  const viewer = await sessionViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await startAppEnrolment(viewer);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export type RecoveryCodesState = ActionResult<{ id: string; recoveryCodes: string[] | null }> | null;

export async function confirmAppEnrolmentAction(_previous: RecoveryCodesState, input: unknown): Promise<RecoveryCodesState> {
  const form = formOf(input);
  const viewer = await sessionViewer();
  if (!viewer) return SIGNED_OUT;
  return confirmAppEnrolment(viewer, text(form, "code"));
}

export async function registerPasskeyAction(name: string, responseJson: string): Promise<RecoveryCodesState> {
  const viewer = await sessionViewer();
  if (!viewer) return SIGNED_OUT;
  if (typeof name !== "string" || typeof responseJson !== "string") return { ok: false, message: msg("problems.namePasskeyThenTry") };
  const response = parsed<RegistrationResponseJSON>(responseJson);
  if (!response) return { ok: false, message: msg("problems.passkeysAnswerCouldRead") };
  return registerPasskey(viewer, name, response);
}

export async function removeAppAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs(async (viewer) => removeApp(viewer, { password: text(form, "password"), code: text(form, "code") }, await clientInfo()), { path: "/", type: "layout" });
}

export async function regenerateRecoveryCodesAction(): Promise<RecoveryCodesState> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  return regenerateRecoveryCodes(viewer);
}

export async function removePasskeyAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => removePasskey(viewer, text(form, "id")), { path: "/", type: "layout" });
}

export async function setPasswordlessAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => setPasswordless(viewer, text(form, "on") === "true"), { path: "/", type: "layout" });
}

export async function requireForOfficersAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => requireForOfficers(viewer, text(form, "on") === "true"), { path: "/admin/users" });
}

export async function resetSecondFactorsAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const id = text(form, "id");
  return writeAs((viewer) => resetSecondFactors(viewer, id), { path: `/admin/users/${id}` });
}
