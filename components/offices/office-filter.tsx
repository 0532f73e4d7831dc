import { inputClass } from "@/components/ui/field";
import type { OfficeChoice } from "./office-form";

/** A list's office filter (a GET form's field): an office means it and the offices below it. */
export function OfficeFilter({ offices, value, label, any }: { offices: OfficeChoice[]; value?: string; label: string; any: string }) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select name="office" defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
        <option value="">{any}</option>
        {offices.map((o) => (
          <option key={o.id} value={o.id}>
            {"\u00a0\u00a0".repeat(o.depth)}
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
