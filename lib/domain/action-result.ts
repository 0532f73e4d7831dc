// What every write returns to its form: success, or a refusal the form can show in place, in
// catalogue messages (lib/i18n/message.ts) that the form puts into its reader's language.
import { msg, type Text } from "@/lib/i18n/message";

export interface Conflict {
  by: string;
  at: string; // ISO timestamp
  /** Field -> [the value the form started from, the value saved since]. */
  changes: Record<string, [unknown, unknown]>;
}

export type ActionResult<T = { id: string }> =
  | ({ ok: true } & T)
  | { ok: false; message: Text; fieldErrors?: FieldErrors; conflict?: Conflict; denied?: true };

/** What is wrong with each field, keyed by the field's name. */
export type FieldErrors = Record<string, Text>;

export const refused = (message: Text, fieldErrors?: FieldErrors): ActionResult<never> => ({
  ok: false,
  message,
  fieldErrors,
});

/**
 * A refusal by the policy (or of a record the viewer may not see): marked, so the access-control
 * test can tell it from a refusal of the input.
 */
export const denied = (message: Text): ActionResult<never> => ({ ok: false, message, denied: true });

export const FIX_FIELDS = msg("problems.fixFields");
