import { inputClass } from "@/components/ui/field";
import type { OfficeChoice } from "./office-form";

/**
 * A choice of office, in tree order and indented by depth. Closed offices cannot be chosen, except
 * `current` (a record keeps its closed office). `empty` adds a first choice of none.
 */
export function OfficeSelect({ id, name, offices, value, current, empty, invalid }: { id: string; name: string; offices: OfficeChoice[]; value: string; current?: string | null; empty?: string; invalid: boolean }) {
  return (
    <select id={id} name={name} defaultValue={value} className={inputClass} aria-invalid={invalid}>
      {empty !== undefined && <option value="">{empty}</option>}
      {offices.map((o) => (
        <option key={o.id} value={o.id} disabled={o.closed && o.id !== current}>
          {"\u00a0\u00a0".repeat(o.depth)}
          {o.name}
        </option>
      ))}
    </select>
  );
}
