"use client";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { useRecordForm } from "@/components/ui/use-record-form";
import { updateUserAction } from "@/lib/users/actions";
import type { UserFormValues } from "@/lib/users/schema";
import { RoleFields } from "./role-fields";
import type { OfficeChoice } from "@/components/offices/office-form";
import { useTranslations } from "next-intl";

const read = (form: FormData): UserFormValues => ({
  name: String(form.get("name") ?? ""),
  role: String(form.get("role") ?? "") as UserFormValues["role"],
  organisationId: String(form.get("organisationId") ?? ""),
  officeId: String(form.get("officeId") ?? ""),
});

export function UserForm({ record, organisations, offices }: { record: { id: string; version: number; values: UserFormValues }; organisations: { id: string; name: string }[]; offices: OfficeChoice[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(updateUserAction, () => import("@/lib/users/schema").then((m) => ({ schema: m.userSchema, read })));
  const values = state.values ?? record.values;
  const t = useTranslations("forms.admin");
  const tCommon = useTranslations("common");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      <RecordFormHeader record={record} result={state.result} clientErrors={clientErrors} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("name")} name="name" error={errors.name}>
          <input id="name" name="name" defaultValue={values.name} className={inputClass} aria-invalid={!!errors.name} />
        </Field>
        <RoleFields values={values} errors={errors} organisations={organisations} offices={offices} />
      </div>
      <p className="text-xs text-slate-500">{t("roleChangeHint")}</p>
      <Button type="submit" disabled={pending}>
        {pending ? tCommon("saving") : t("save")}
      </Button>
    </form>
  );
}
