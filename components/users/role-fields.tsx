import type { FieldErrors } from "@/lib/domain/action-result";
import { Field, inputClass } from "@/components/ui/field";

export const roleLabels = { ADMIN: "Administrator", OFFICER: "Partnership officer", MANAGER: "Manager", PARTNER: "Partner" } as const;

/** Role and (for partners) organisation: the two fields that decide what an account may see. */
export function RoleFields({
  values,
  errors,
  organisations,
}: {
  values: { role: string; organisationId: string | null | undefined };
  errors: FieldErrors;
  organisations: { id: string; name: string }[];
}) {
  return (
    <>
      <Field label="Role" name="role" error={errors.role}>
        <select id="role" name="role" defaultValue={values.role} className={inputClass} aria-invalid={!!errors.role}>
          <option value="">Choose…</option>
          {Object.entries(roleLabels).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Organisation (partners only)" name="organisationId" error={errors.organisationId} hint="A partner sees only this organisation's agreements.">
        <select id="organisationId" name="organisationId" defaultValue={values.organisationId ?? ""} className={inputClass} aria-invalid={!!errors.organisationId}>
          <option value="">None (staff)</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
