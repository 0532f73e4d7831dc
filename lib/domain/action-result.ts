// What every write returns to its form: success, or a refusal the form can show in place.
export interface Conflict {
  by: string;
  at: string; // ISO timestamp
  /** Field -> [the value the form started from, the value saved since]. */
  changes: Record<string, [unknown, unknown]>;
}

export type ActionResult<T = { id: string }> =
  | ({ ok: true } & T)
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: Conflict; denied?: true };

export const refused = (message: string, fieldErrors?: Record<string, string>): ActionResult<never> => ({
  ok: false,
  message,
  fieldErrors,
});

/**
 * A refusal by the policy (or of a record the viewer may not see): marked, so the access-control
 * test can tell it from a refusal of the input.
 */
export const denied = (message: string): ActionResult<never> => ({ ok: false, message, denied: true });

export const FIX_FIELDS = "Some fields need attention: see the messages beside them.";
