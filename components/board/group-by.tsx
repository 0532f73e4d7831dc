// What a board's columns stand for: the record's status, or one of its "one of a list" fields. A GET
// form, so the choice is in the address with the list's filters (kept as hidden fields).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function GroupBy({
  action,
  params,
  current,
  fields,
}: {
  action: string;
  params: Record<string, string | string[] | undefined>;
  current: string;
  fields: { key: string; label: string }[];
}) {
  const t = useTranslations("board");
  const kept = Object.entries(params).flatMap(([name, value]) => (name === "by" || name === "page" ? [] : (Array.isArray(value) ? value : [value ?? ""]).map((v) => [name, v] as const)));
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      {kept.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label className="text-xs font-medium text-slate-600">
        {t("columnsBy")}
        <select name="by" defaultValue={current} className={`${inputClass} mt-1`}>
          <option value="status">{t("status")}</option>
          {fields.map((field) => (
            <option key={field.key} value={field.key}>
              {field.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
