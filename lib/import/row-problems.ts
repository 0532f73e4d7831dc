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
export function columnName(field: string): Text {
  const [head, , leaf] = field.split(".");
  const column = head === "contacts" && leaf ? `contact${leaf[0].toUpperCase()}${leaf.slice(1)}` : (COLUMN_OF[head] ?? head);
  if (column in messagesFor("en").forms.importColumns) return msg(`forms.importColumns.${column}`);
  return head.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

export const fieldProblem = (field: string, problem: Text): Message => msg("problems.rowField", { field: { text: columnName(field) }, problem: { text: problem } });

export const fieldProblems = (errors: FieldErrors) => Object.entries(errors).map(([field, problem]) => fieldProblem(field, problem));
