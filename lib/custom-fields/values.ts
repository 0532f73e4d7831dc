// Custom fields' values (decision 022): one schema built from the definitions, used by a record's
// form in the browser and by its mutation on the server. No database here: the definitions come in.
//
// Stored on the record (`customValues`, JSON keyed by the field's key): text and web addresses as
// strings, numbers as numbers, dates as "YYYY-MM-DD", yes/no as booleans, "one of" as its option's
// id, "several of" as option ids. A field left blank has no key at all.
import { z } from "zod";
import { isRealIsoDate, optionalText, optionalValue } from "@/lib/domain/validation";
import { LONG_TEXT_MAX, plainValue, TEXT_MAX, type CustomFormValues, type FieldDefinition, type StoredValue, type StoredValues } from "./definition";

// What a field is, apart from checking its values: kept apart so the browser's forms take it without zod.
export * from "./definition";

/** The custom values a form sent, as typed (several of a list: one entry per box ticked). */
export function customFormValues(form: FormData): CustomFormValues {
  const values: CustomFormValues = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("custom.") || typeof value !== "string") continue;
    (values[name.slice("custom.".length)] ??= []).push(value);
  }
  return values;
}

const blank = (typed: string[] | undefined) => !typed || typed.every((v) => v.trim() === "");

/** The value one field's input must have, or a catalogue key saying what is wrong. */
function valueSchema(field: FieldDefinition): z.ZodType<StoredValue | null> {
  const first = z.array(z.string()).transform((typed) => typed[0] ?? "");
  const optionIds = new Set(field.options.map((o) => o.id));
  switch (field.type) {
    case "TEXT":
    case "LONG_TEXT":
      return first.pipe(optionalText(field.type === "TEXT" ? TEXT_MAX : LONG_TEXT_MAX));
    case "URL":
      return first.pipe(
        optionalText(TEXT_MAX).refine((v) => v === null || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), "problems.enterWebAddressStarting"),
      );
    case "NUMBER":
      return first.pipe(optionalValue.transform((v) => (v === null ? null : Number(v))));
    case "DATE":
      return first.pipe(
        z
          .string()
          .trim()
          .refine((v) => v === "" || isRealIsoDate(v), "problems.enterDateAsYyyy")
          .transform((v) => v || null),
      );
    case "YES_NO":
      return first.pipe(
        z
          .string()
          .refine((v) => ["", "yes", "no"].includes(v), "problems.chooseYesOrNo")
          .transform((v) => (v === "" ? null : v === "yes")),
      );
    case "ONE_OF":
      return first.pipe(
        z
          .string()
          .refine((v) => v === "" || optionIds.has(v), "problems.chooseFromList")
          .transform((v) => v || null),
      );
    case "SEVERAL_OF":
      return z
        .array(z.string())
        .transform((typed) => [...new Set(typed.filter(Boolean))])
        .refine((ids) => ids.every((id) => optionIds.has(id)), "problems.chooseFromList")
        .transform((ids) => (ids.length ? field.options.map((o) => o.id).filter((id) => ids.includes(id)) : null));
  }
}

/**
 * The schema of a record's custom values: each field in use (archived ones are not in the form and
 * keep their values), required ones refused when blank. Keys of other fields are dropped.
 */
export function customValuesSchema(fields: readonly FieldDefinition[]) {
  const inUse = fields.filter((f) => !f.archived);
  return z.record(z.string(), z.array(z.string()).max(500)).transform((typed, ctx) => {
    const values: StoredValues = {};
    for (const field of inUse) {
      if (field.required && blank(typed[field.key])) {
        ctx.addIssue({ code: "custom", path: [field.key], message: "problems.fillInField" });
        continue;
      }
      const parsed = valueSchema(field).safeParse(typed[field.key] ?? []);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: "custom", path: [field.key] } as never);
      } else if (parsed.data !== null) values[field.key] = parsed.data;
    }
    return values;
  });
}

/**
 * A record's schema with its custom values beside it (under `custom`): both checked, every problem
 * keyed by its field ("custom.<key>" for a custom one).
 */
export function withCustomFields<Base extends z.ZodType>(base: Base, fields: readonly FieldDefinition[]) {
  const custom = customValuesSchema(fields);
  return z.unknown().transform((input, ctx): z.output<Base> & { custom: StoredValues } => {
    const record = base.safeParse(input);
    const values = custom.safeParse((input as { custom?: unknown } | null)?.custom ?? {});
    if (!record.success) for (const issue of record.error.issues) ctx.addIssue({ ...issue, code: "custom" } as never);
    if (!values.success) for (const issue of values.error.issues) ctx.addIssue({ ...issue, code: "custom", path: ["custom", ...issue.path] } as never);
    return record.success && values.success ? { ...(record.data as object), custom: values.data } as never : z.NEVER;
  });
}

/**
 * A record's custom columns after a save: the stored values kept as they are for archived fields and
 * fields no longer defined, with `changed` over them, and the words of its text fields for search.
 */
export function customData(fields: readonly FieldDefinition[], stored: unknown, changed: StoredValues) {
  const customValues = mergeValues(fields, stored, changed);
  return { customValues, customText: searchableText(fields, customValues) };
}

function mergeValues(fields: readonly FieldDefinition[], stored: unknown, changed: StoredValues): StoredValues {
  const inForm = new Set(fields.filter((f) => !f.archived).map((f) => f.key));
  const kept = Object.entries(asStored(stored)).filter(([key]) => !inForm.has(key));
  return { ...Object.fromEntries(kept), ...changed };
}

/** The words typed into text fields (text, long text, web address): stored beside the values for search by words. */
export function searchableText(fields: readonly FieldDefinition[], values: StoredValues): string {
  const typed = new Set(fields.filter((f) => f.type === "TEXT" || f.type === "LONG_TEXT" || f.type === "URL").map((f) => f.key));
  return Object.entries(values)
    .filter(([key, value]) => typed.has(key) && typeof value === "string")
    .map(([, value]) => value)
    .join(" ");
}

/** A record's `customValues` as read from the database (anything else reads as none). */
export function asStored(value: unknown): StoredValues {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as StoredValues) : {};
}

/** Only the values of `fields` (those a viewer may see): what leaves the database layer. */
export function onlyVisible(fields: readonly FieldDefinition[], stored: unknown): StoredValues {
  const values = asStored(stored);
  return Object.fromEntries(fields.filter((f) => values[f.key] !== undefined).map((f) => [f.key, values[f.key]]));
}

/** Stored values as a form shows them. */
export function formValuesOf(fields: readonly FieldDefinition[], stored: unknown): CustomFormValues {
  const values = asStored(stored);
  const form: CustomFormValues = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    form[field.key] = Array.isArray(value) ? value : typeof value === "boolean" ? [value ? "yes" : "no"] : [String(value)];
  }
  return form;
}

/** The audit trail's view of a record's custom values: by label, options by their labels. */
export function auditValues(fields: readonly FieldDefinition[], stored: unknown) {
  const values = asStored(stored);
  return Object.fromEntries(fields.filter((f) => values[f.key] !== undefined).map((f) => [f.label, plainValue(f, values[f.key])]));
}
