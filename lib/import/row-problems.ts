// What is wrong with a row of an imported file, cell by cell: "Title: Give the agreement a title."
import type { FieldErrors } from "@/lib/domain/action-result";
import { msg, type Message, type Text } from "@/lib/i18n/message";

/** A field's name as the file's column ("signedOn" -> "Signed On"), to say which cell is wrong. */
const fieldLabel = (field: string) => field.replace(/\..*$/, "").replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());

export const fieldProblem = (column: string, problem: Text): Message => msg("problems.rowField", { field: column, problem: { text: problem } });

export const fieldProblems = (errors: FieldErrors) => Object.entries(errors).map(([field, problem]) => fieldProblem(fieldLabel(field), problem));
