// What every write returns to its form: success, or a refusal the form can show in place.
export interface Conflict {
  by: string;
  at: string; // ISO timestamp
  /** Field -> [the value the form started from, the value saved since]. */
  changes: Record<string, [unknown, unknown]>;
}

export type ActionResult<T = { id: string }> =
  | ({ ok: true } & T)
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: Conflict };

export const refused = (message: string, fieldErrors?: Record<string, string>): ActionResult<never> => ({
  ok: false,
  message,
  fieldErrors,
});

export const FIX_FIELDS = "Some fields need attention: see the messages beside them.";
