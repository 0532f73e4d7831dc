// What a session may do before and after its second factor. A session whose user has a second
// factor is held at /second-factor until it proves one; an administrator (and an officer, when
// the unit requires it) without any is held there to enrol one. Sign-ins through OIDC are left to
// the identity provider's own second factor. Sensitive actions want one proved in the last 15 minutes
// (STEP_UP_SECONDS).
import { appEnv } from "@/lib/env";
import type { Role, Viewer } from "@/lib/policy";
import { msg } from "@/lib/i18n/message";
import type { Text } from "@/lib/i18n/message";

/** What the session must do first: prove its second factor, enrol one, or nothing. */
export type Gate = "verify" | "enrol" | null;

export interface SecondFactorState {
  /** The user has a confirmed authenticator app or a passkey. */
  enrolled: boolean;
  /** When this session last proved a second factor. */
  at: Date | null;
  /** Signed in through the identity provider (OIDC), which owns the second factor. */
  viaIdentityProvider: boolean;
}

export function gateOf(role: Role, state: SecondFactorState, officersMustEnrol: boolean): Gate {
  if (state.viaIdentityProvider) return null;
  if (state.enrolled) return state.at ? null : "verify";
  return role === "ADMIN" || (role === "OFFICER" && officersMustEnrol) ? "enrol" : null;
}

/** The viewer must prove a second factor again before a sensitive action (none enrolled: nothing to ask). */
export function needsStepUp(viewer: Viewer, now = new Date(), seconds = appEnv().STEP_UP_SECONDS): boolean {
  const state = viewer.secondFactor;
  if (!state || state.viaIdentityProvider || !state.enrolled) return false;
  return !state.at || now.getTime() - state.at.getTime() > seconds * 1000;
}

/** How long a proved second factor counts, as the "common.wait" message puts it in words ("15 minutes"). */
export function stepUpWindow(seconds = appEnv().STEP_UP_SECONDS): { unit: "minutes" | "seconds"; n: number } {
  return seconds % 60 === 0 ? { unit: "minutes", n: seconds / 60 } : { unit: "seconds", n: seconds };
}

export const STEP_UP_FIRST = msg("problems.confirmYouFirstEnter");

/** The refusal of a sensitive write whose viewer must prove a second factor again, or null. */
export function stepUpRefusal(viewer: Viewer): { ok: false; message: Text } | null {
  return needsStepUp(viewer) ? { ok: false, message: STEP_UP_FIRST } : null;
}

/** Where a sensitive page sends a viewer whose second factor is too old, to come back to `returnTo`. */
export function stepUpPath(returnTo: string): string {
  return `/second-factor?next=${encodeURIComponent(returnTo)}`;
}

/** A same-site path to return to, or null (no open redirect through `next`). */
export function localPath(next: unknown): string | null {
  return typeof next === "string" && /^\/(?![/\\])/.test(next) ? next : null;
}
