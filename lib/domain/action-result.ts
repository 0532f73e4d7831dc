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

/**
 * A message object of this result's own. A form sends its last result back with its next
 * submission, and React writes an object met twice (one constant as the refusal and as a field's
 * error) as a path into the request, which the request guard refuses (lib/security/request-guard.ts).
 */
const own = (text: Text): Text => (typeof text === "string" ? text : { ...text });

export const refused = (message: Text, fieldErrors?: FieldErrors): ActionResult<never> => ({
  ok: false,
  message: own(message),
  fieldErrors: fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([field, text]) => [field, own(text)])),
});

/**
 * A refusal by the policy (or of a record the viewer may not see): marked, so the access-control
 * test can tell it from a refusal of the input.
 */
export const denied = (message: Text): ActionResult<never> => ({ ok: false, message: own(message), denied: true });

export const FIX_FIELDS = msg("problems.fixFields");
