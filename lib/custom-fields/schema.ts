// The form administrators define a custom field with: its record, label (and the label in the
// interface's other languages), help, type, options, whether it is required, its order, whether
// partners see it, and (once it exists) whether it is archived.
import { z } from "zod";
import { CustomFieldEntity, CustomFieldType } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { optionalInteger, optionalText, requiredText } from "@/lib/domain/validation";

export const CHOICE_TYPES: readonly CustomFieldType[] = ["ONE_OF", "SEVERAL_OF"];
export const OPTIONS_MAX = 500;
export const TRANSLATED = LOCALES.filter((l) => l !== "en");

const optionLabel = optionalText(200);

export const customFieldSchema = z
  .object({
    entity: z.enum(CustomFieldEntity, "problems.chooseRecordKind"),
    label: requiredText(100, "problems.giveFieldLabel"),
    labels: z.object(Object.fromEntries(TRANSLATED.map((l) => [l, z.string().default("").pipe(optionalText(100))]))),
    help: optionalText(500),
    type: z.enum(CustomFieldType, "problems.chooseFieldType"),
    required: z.boolean(),
    partnersSee: z.boolean(),
    archived: z.boolean(),
    sortOrder: optionalInteger(0, 9999),
    /** The options it has, renamed (blank: removed). */
    options: z.array(z.object({ id: z.string().max(64), label: optionLabel })).max(OPTIONS_MAX),
    /** Options to add, one per line. */
    newOptions: z
      .string()
      .max(100_000)
      .transform((v) => v.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
      .pipe(z.array(optionLabel).max(OPTIONS_MAX, "problems.keepUnderOptions")),
  })
  .superRefine((f, ctx) => {
    if (!CHOICE_TYPES.includes(f.type)) return;
    const labels = [...f.options.map((o) => o.label).filter((l): l is string => l !== null), ...f.newOptions.filter((l): l is string => l !== null)];
    if (labels.length === 0) ctx.addIssue({ code: "custom", path: ["newOptions"], message: "problems.giveOneOption" });
    if (labels.length > OPTIONS_MAX) ctx.addIssue({ code: "custom", path: ["newOptions"], message: "problems.keepUnderOptions", params: { max: OPTIONS_MAX } });
    const seen = new Set<string>();
    for (const label of labels) {
      const folded = label.toLocaleLowerCase();
      if (seen.has(folded)) ctx.addIssue({ code: "custom", path: ["newOptions"], message: "problems.optionTwice", params: { option: label } });
      seen.add(folded);
    }
  });

export type CustomFieldInput = z.infer<typeof customFieldSchema>;
export type CustomFieldFormValues = z.input<typeof customFieldSchema>;

export function customFieldFormValues(form: FormData): CustomFieldFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const options: { id: string; label: string }[] = [];
  for (const [name, value] of form.entries()) {
    if (name.startsWith("option.") && typeof value === "string") options.push({ id: name.slice("option.".length), label: value });
  }
  return {
    entity: text("entity") as CustomFieldFormValues["entity"],
    label: text("label"),
    labels: Object.fromEntries(TRANSLATED.map((l) => [l, text(`labels.${l}`)])),
    help: text("help"),
    type: text("type") as CustomFieldFormValues["type"],
    required: form.get("required") === "on",
    partnersSee: form.get("partnersSee") === "on",
    archived: form.get("archived") === "on",
    sortOrder: text("sortOrder"),
    options,
    newOptions: text("newOptions"),
  };
}

/**
 * A key made of a label: lowercase letters, digits and underscores ("DWCP outcome" -> "dwcp_outcome"),
 * not one of `taken`. A field's key starts with a letter (it names URL parameters); an option's may not.
 */
export function keyOf(label: string, taken: ReadonlySet<string>, letterFirst = true): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "field";
  const start = !letterFirst || /^[a-z]/.test(base) ? base : `f_${base}`;
  let key = start;
  for (let n = 2; taken.has(key); n++) key = `${start}_${n}`;
  return key;
}
