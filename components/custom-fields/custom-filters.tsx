// The custom fields' filters and column choices inside a list's GET filter form (the URL keeps
// them: cf.<key>, cf.<key>.from/.to, show=<key>), laid out like the list's own filters.
import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import type { CustomListQuery } from "@/lib/custom-fields/filters";
import { labelIn, type FieldDefinition } from "@/lib/custom-fields/values";

export function CustomFilters({ fields, query }: { fields: readonly FieldDefinition[]; query: CustomListQuery }) {
  const t = useTranslations("filters");
  const locale = useLocale();
  const inUse = fields.filter((f) => !f.archived);
  if (inUse.length === 0) return null;
  const value = (name: string) => query.custom?.[name] ?? "";
  return (
    <>
      {inUse.map((field) => {
        const label = labelIn(field, locale);
        const name = `cf.${field.key}`;
        if (field.type === "NUMBER" || field.type === "DATE") {
          return (["from", "to"] as const).map((end) => (
            <label key={`${field.id}-${end}`} className="text-xs font-medium text-slate-600">
              {t(end === "from" ? "customFrom" : "customTo", { label })}
              <input
                name={`${name}.${end}`}
                type={field.type === "DATE" ? "date" : "text"}
                inputMode={field.type === "NUMBER" ? "decimal" : undefined}
                defaultValue={value(`${field.key}.${end}`)}
                className={`${inputClass} mt-1`}
              />
            </label>
          ));
        }
        const choices: [string, string][] =
          field.type === "YES_NO" ? [["yes", t("yes")], ["no", t("no")]] : field.type === "ONE_OF" || field.type === "SEVERAL_OF" ? field.options.map((o) => [o.id, o.label]) : [];
        return (
          <label key={field.id} className="text-xs font-medium text-slate-600">
            {field.type === "TEXT" || field.type === "LONG_TEXT" || field.type === "URL" ? t("customContains", { label }) : label}
            {choices.length ? (
              <select name={name} defaultValue={value(field.key)} className={`${inputClass} mt-1`}>
                <option value="">{t("any")}</option>
                {choices.map(([id, text]) => (
                  <option key={id} value={id}>
                    {text}
                  </option>
                ))}
              </select>
            ) : (
              <input name={name} defaultValue={value(field.key)} className={`${inputClass} mt-1`} />
            )}
          </label>
        );
      })}
      <fieldset className="col-span-full basis-full">
        <legend className="text-xs font-medium text-slate-600">{t("customColumns")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {inUse.map((field) => (
            <label key={field.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="show" value={field.key} defaultChecked={query.show?.includes(field.key)} className="rounded border-slate-300" />
              {labelIn(field, locale)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** Says which parts of the list's address (a saved view made earlier) name fields no longer in use, and were left out. */
export function SetAsideNotice({ keys }: { keys: string[] }) {
  const t = useTranslations("filters");
  if (keys.length === 0) return null;
  return (
    <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("customSetAside", { keys: keys.join(", ") })}
    </p>
  );
}
