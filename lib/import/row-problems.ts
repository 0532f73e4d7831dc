// What is wrong with a row of an imported file, cell by cell: "Title: Give the agreement a title."
import type { FieldErrors } from "@/lib/domain/action-result";
import { msg, type Message, type Text } from "@/lib/i18n/message";
import { messagesFor } from "@/lib/i18n/messages";

/** The form fields whose column has another name in the file. */
const COLUMN_OF: Record<string, string> = { themeIds: "themes" };

/**
 * A form field's column, as the reader's language names it ("contacts.0.email" -> Contact email);
 * a field no column fills is named as written ("renewsId" -> "Renews Id").
 */
export function columnName(field: string, customLabels: Record<string, string> = {}): Text {
  const [head, key, leaf] = field.split(".");
  // A custom field's column is named by the field's label, as the administrators wrote it.
  if (head === "custom" && key) return customLabels[key] ?? key;
  const column = head === "contacts" && leaf ? `contact${leaf[0].toUpperCase()}${leaf.slice(1)}` : (COLUMN_OF[head] ?? head);
  if (column in messagesFor("en").forms.importColumns) return msg(`forms.importColumns.${column}`);
  return head.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

export const fieldProblem = (field: string, problem: Text, customLabels?: Record<string, string>): Message =>
  msg("problems.rowField", { field: { text: columnName(field, customLabels) }, problem: { text: problem } });

/** A row's field errors as problems naming their columns (custom fields' by `customLabels`, by key). */
export const fieldProblems = (errors: FieldErrors, customLabels?: Record<string, string>) => Object.entries(errors).map(([field, problem]) => fieldProblem(field, problem, customLabels));
