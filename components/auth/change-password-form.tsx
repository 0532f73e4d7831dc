"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { changePasswordAction } from "@/lib/users/actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  return (
    // A new key after each success empties the fields.
    <form key={state?.ok ? "changed" : "form"} action={action} className="space-y-4">
      {state?.ok && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("passwordChanged")}
        </p>
      )}
      <Refusal result={state} clientErrors={null} />
      <Field label={t("currentPassword")} name="current" error={errors.current}>
        <input id="current" name="current" type="password" autoComplete="current-password" required className={inputClass} aria-invalid={!!errors.current} />
      </Field>
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? tCommon("saving") : t("changePasswordSubmit")}
      </Button>
    </form>
  );
}
