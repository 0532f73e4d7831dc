import { inputClass } from "@/components/ui/field";

/** A record's responsible officer: nobody (`empty`), or one of the active officers. Posted as responsibleOfficerId. */
export function OfficerSelect({ officers, value, empty }: { officers: { id: string; name: string }[]; value: string; empty: string }) {
  return (
    <select id="responsibleOfficerId" name="responsibleOfficerId" defaultValue={value} className={inputClass}>
      <option value="">{empty}</option>
      {officers.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
