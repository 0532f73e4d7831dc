// Custom fields in an imported file: a column is matched to a field by its label (in any of the
// interface's languages) or its key; options are written by label (or id), several separated by
// ";", yes/no in any of our languages. What matches nothing is passed on as typed, for the field's
// own check to refuse with its message on that row.
import type { CustomFormValues, FieldDefinition } from "./values";

type Normalise = (text: string) => string;

const YES = ["yes", "y", "true", "1", "oui", "si", "sí", "نعم"];
const NO = ["no", "n", "false", "0", "non", "لا"];

/** Which column of the file holds which field in use, by key. */
export function customColumnIndex(fields: readonly FieldDefinition[], header: string[], normalise: Normalise): Record<string, number> {
  const index: Record<string, number> = {};
  for (const field of fields.filter((f) => !f.archived)) {
    const headings = new Set([field.key, field.label, ...Object.values(field.labels)].map(normalise));
    const at = header.findIndex((heading) => headings.has(normalise(heading)));
    if (at >= 0) index[field.key] = at;
  }
  return index;
}

/** A row's custom values as a form would send them. */
export function customCells(fields: readonly FieldDefinition[], cell: (key: string) => string, normalise: Normalise): CustomFormValues {
  const values: CustomFormValues = {};
  for (const field of fields.filter((f) => !f.archived)) {
    const text = cell(field.key).trim();
    if (!text) continue;
    const option = (typed: string) => field.options.find((o) => normalise(o.label) === normalise(typed) || o.id === typed)?.id ?? typed;
    if (field.type === "ONE_OF") values[field.key] = [option(text)];
    else if (field.type === "SEVERAL_OF") values[field.key] = text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean).map(option);
    else if (field.type === "YES_NO") values[field.key] = [YES.includes(normalise(text)) ? "yes" : NO.includes(normalise(text)) ? "no" : text];
    else values[field.key] = [text];
  }
  return values;
}
