import type { FieldErrors } from "@/lib/domain/action-result";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { MIN_PASSWORD } from "@/lib/domain/limits";

/** A new password and the same again, with their errors: for setting and for changing a password. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("account");
  return (
    <>
      <Field label={t("newPassword")} name="password" error={errors.password} hint={t("newPasswordHint", { min: MIN_PASSWORD })}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} className={inputClass} aria-invalid={!!errors.password} />
      </Field>
      <Field label={t("confirmPassword")} name="confirm" error={errors.confirm}>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={inputClass} aria-invalid={!!errors.confirm} />
      </Field>
    </>
  );
}
