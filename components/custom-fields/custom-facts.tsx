import { useLocale, useTranslations } from "next-intl";
import { asStored, labelIn, type FieldDefinition, type StoredValue } from "@/lib/custom-fields/values";
import { valueInWords } from "@/lib/custom-fields/definition";
import { useFormats } from "@/lib/i18n/use-formats";
import { Fact } from "@/components/ui/fact";
import { Section } from "@/components/ui/section";

/**
 * A record's custom values as the facts of its page (term and value, like the fields beside them).
 * `fields` are those the viewer may see; a field without a value is left out.
 */
export function CustomFacts({ fields, values }: { fields: FieldDefinition[]; values: unknown }) {
  const locale = useLocale();
  const stored = asStored(values);
  return fields
    .filter((field) => !field.archived && stored[field.key] !== undefined)
    .map((field) => (
      <Fact key={field.id} data-custom-field={field.key} label={labelIn(field, locale)}>
        <CustomValue field={field} value={stored[field.key]} />
      </Fact>
    ));
}

/** One custom value in the reader's language: dates and numbers in its formats, options by label, addresses as links. */
export function CustomValue({ field, value }: { field: FieldDefinition; value: StoredValue | undefined }) {
  const f = useFormats();
  const t = useTranslations("forms.customFields");
  if (value === undefined) return null;
  if (field.type === "URL" && typeof value === "string") {
    return (
      <a href={value} className="break-all text-brand-600 hover:underline" rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
        {value}
      </a>
    );
  }
  return <span className="whitespace-pre-line">{valueInWords(field, value, { ...f, yesNo: (yes) => t(yes ? "yes" : "no") })}</span>;
}

/** The same facts in a section of their own (pages without a facts list to add them to); nothing when none has a value. */
export function CustomFactsSection({ fields, values }: { fields: FieldDefinition[]; values: unknown }) {
  const t = useTranslations("forms.customFields");
  const stored = asStored(values);
  if (!fields.some((field) => !field.archived && stored[field.key] !== undefined)) return null;
  return (
    <Section title={t("section")}>
      <dl className="space-y-4">
        <CustomFacts fields={fields} values={values} />
      </dl>
    </Section>
  );
}
