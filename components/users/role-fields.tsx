import type { FieldErrors } from "@/lib/domain/action-result";
import { Field, inputClass } from "@/components/ui/field";
import { useTranslations } from "next-intl";
import type { OfficeChoice } from "@/components/offices/office-form";
import { OfficeSelect } from "@/components/offices/office-select";

const ROLES = ["ADMIN", "OFFICER", "MANAGER", "PARTNER"] as const;

/** Role and (for partners) organisation: the two fields that decide what an account may see. */
export function RoleFields({
  values,
  errors,
  organisations,
  offices,
}: {
  values: { role: string; organisationId: string | null | undefined; officeId?: string | null };
  errors: FieldErrors;
  organisations: { id: string; name: string }[];
  offices: OfficeChoice[];
}) {
  const t = useTranslations("forms.user");
  const tRoles = useTranslations("roles");
  return (
    <>
      <Field label={t("role")} name="role" error={errors.role}>
        <select id="role" name="role" defaultValue={values.role} className={inputClass} aria-invalid={!!errors.role}>
          <option value="">{t("choose")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("organisation")} name="organisationId" error={errors.organisationId} hint={t("organisationHint")}>
        <select id="organisationId" name="organisationId" defaultValue={values.organisationId ?? ""} className={inputClass} aria-invalid={!!errors.organisationId}>
          <option value="">{t("noOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("office")} name="officeId" error={errors.officeId} hint={t("officeHint")}>
        <OfficeSelect id="officeId" name="officeId" offices={offices} value={values.officeId ?? ""} current={values.officeId} empty={t("noOffice")} invalid={!!errors.officeId} />
      </Field>
    </>
  );
}
