import { useTranslations } from "next-intl";
import type { Text } from "@/lib/i18n/message";
import { useSay } from "@/lib/i18n/use-say";

/** The thematic areas as checkboxes posted as `themeIds`. */
export function ThemeCheckboxes({ themes, checked, error }: { themes: { id: string; label: string }[]; checked: string[]; error?: Text }) {
  const say = useSay();
  const t = useTranslations("forms");
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium text-slate-700">{t("themes")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {themes.map((theme) => (
          <label key={theme.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="themeIds" value={theme.id} defaultChecked={checked.includes(theme.id)} className="rounded border-slate-300" />
            {theme.label}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-sm text-red-700">{say(error)}</p>}
    </fieldset>
  );
}
