// What a custom field is and how a form names and labels it (decision 022), without the checking
// of its values (values.ts, with zod): what the browser's forms need, so a form's first load
// carries no schema library.
import type { CustomFieldType } from "@/lib/generated/prisma/enums";

export interface FieldOption {
  id: string;
  label: string;
}

/** What a form, a page or a list needs to know about a field. */
export interface FieldDefinition {
  id: string;
  key: string;
  label: string;
  /** The label in the other languages, by locale. */
  labels: Record<string, string>;
  help: string | null;
  type: CustomFieldType;
  options: FieldOption[];
  required: boolean;
  partnersSee: boolean;
  archived: boolean;
}

export type StoredValue = string | number | boolean | string[];
export type StoredValues = Record<string, StoredValue>;
/** What a form sends for the custom fields: every value as typed, by key. */
export type CustomFormValues = Record<string, string[]>;

/** The form's name of a field's control: custom.<key>, so field errors are keyed as the form names them. */
export const inputName = (key: string) => `custom.${key}`;

export const TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

/** A field's label in a language (its own where it has none there). */
export function labelIn(field: Pick<FieldDefinition, "label" | "labels">, locale: string): string {
  return field.labels[locale]?.trim() || field.label;
}

/** An option's label, or the id of an option since removed. */
export function optionLabel(field: FieldDefinition, id: string): string {
  return field.options.find((o) => o.id === id)?.label ?? id;
}

/**
 * A value as words that read the same in every language (options by label, dates as YYYY-MM-DD):
 * what the audit trail, exports and search keep. Yes/no are left to the reader's language by callers.
 */
export function plainValue(field: FieldDefinition, value: StoredValue | undefined): string | number | boolean | string[] | null {
  if (value === undefined) return null;
  if (field.type === "ONE_OF" && typeof value === "string") return optionLabel(field, value);
  if (field.type === "SEVERAL_OF" && Array.isArray(value)) return value.map((id) => optionLabel(field, id));
  return value;
}

/** How a reader's language writes what a value holds (lib/i18n/format.ts's formats, and yes or no). */
export interface ValueWords {
  date: (date: Date) => string;
  number: (value: number) => string;
  list: (items: string[]) => string;
  yesNo: (yes: boolean) => string;
}

/** A value in the reader's words: dates and numbers in their formats, options by label, yes or no. */
export function valueInWords(field: FieldDefinition, value: StoredValue, words: ValueWords): string {
  if (field.type === "YES_NO") return words.yesNo(value === true);
  if (field.type === "DATE" && typeof value === "string") return words.date(new Date(`${value}T00:00:00Z`));
  if (field.type === "NUMBER" && typeof value === "number") return words.number(value);
  const plain = plainValue(field, value);
  return Array.isArray(plain) ? words.list(plain) : String(plain);
}
