// A refused parse's messages keyed by field: shared by the server and by the forms in the browser,
// without zod itself (the browser loads zod only when a form is first sent: components/ui/use-record-form.ts).
import { msg, type Message, type MessageValue } from "@/lib/i18n/message";

/**
 * The schemas' messages are catalogue keys ("problems.…"); their values are the issue's own (a
 * maximum, a minimum) and the `params` a refinement adds. A message zod wrote itself (a forged
 * request's wrong type, which no form sends) reads as "check this value".
 */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
  maximum?: unknown;
  minimum?: unknown;
}

/** Field errors keyed by field name, the first message of each. */
export function fieldErrorsOf(error: { issues: readonly Issue[] }): Record<string, Message> {
  const errors: Record<string, Message> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= messageOf(issue);
  }
  return errors;
}

/** The first issue's message: for a schema of one field. */
export const firstProblem = (error: { issues: readonly Issue[] }): Message => messageOf(error.issues[0]);

export function messageOf(issue: Issue): Message {
  if (!issue.message.startsWith("problems.")) return msg("problems.checkValue");
  const values: Record<string, MessageValue> = {};
  if (typeof issue.maximum === "number") values.max = issue.maximum;
  if (typeof issue.minimum === "number") values.min = issue.minimum;
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  return msg(issue.message, values);
}
