/** The thematic areas as checkboxes posted as `themeIds`. */
export function ThemeCheckboxes({ themes, checked, error }: { themes: { id: string; label: string }[]; checked: string[]; error?: string }) {
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium text-slate-700">Thematic areas</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {themes.map((t) => (
          <label key={t.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="themeIds" value={t.id} defaultChecked={checked.includes(t.id)} className="rounded border-slate-300" />
            {t.label}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
