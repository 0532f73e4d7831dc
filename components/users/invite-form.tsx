"use client";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RecordFormHeader } from "@/components/ui/record-form-header";
import { useRecordForm } from "@/components/ui/use-record-form";
import { inviteUserAction, type LinkState } from "@/lib/users/actions";
import type { InviteFormValues } from "@/lib/users/schema";
import { OneTimeLink } from "./one-time-link";
import { RoleFields } from "./role-fields";
import type { OfficeChoice } from "@/components/offices/office-form";
import { useTranslations } from "next-intl";

const read = (form: FormData): InviteFormValues => ({
  email: String(form.get("email") ?? ""),
  name: String(form.get("name") ?? ""),
  role: String(form.get("role") ?? "") as InviteFormValues["role"],
  organisationId: String(form.get("organisationId") ?? ""),
  officeId: String(form.get("officeId") ?? ""),
});

export function InviteForm({ organisations, offices }: { organisations: { id: string; name: string }[]; offices: OfficeChoice[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(inviteUserAction, () => import("@/lib/users/schema").then((m) => ({ schema: m.inviteSchema, read })));
  const values = state.values ?? { email: "", name: "", role: "" as never, organisationId: "", officeId: "" };
  const link = (state as LinkState).link;
  const t = useTranslations("forms.admin");
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt} aria-label={t("invite")}>
      <RecordFormHeader result={state.result} clientErrors={clientErrors} />
      {link && <OneTimeLink link={link} what="invitation" />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("email")} name="email" error={errors.email}>
          <input id="email" name="email" type="email" defaultValue={values.email} className={inputClass} aria-invalid={!!errors.email} />
        </Field>
        <Field label={t("name")} name="name" error={errors.name}>
          <input id="name" name="name" defaultValue={values.name} className={inputClass} aria-invalid={!!errors.name} />
        </Field>
        <RoleFields values={values} errors={errors} organisations={organisations} offices={offices} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("inviting") : t("sendInvitation")}
      </Button>
    </form>
  );
}
