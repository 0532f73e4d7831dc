import { Field, inputClass } from "@/components/ui/field";
import { MIN_PASSWORD } from "@/lib/domain/limits";

/** A new password and the same again, with their errors: for setting and for changing a password. */
export function NewPasswordFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <Field label="New password" name="password" error={errors.password} hint={`At least ${MIN_PASSWORD} characters; a phrase of several words is good.`}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} className={inputClass} aria-invalid={!!errors.password} />
      </Field>
      <Field label="The same again" name="confirm" error={errors.confirm}>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={inputClass} aria-invalid={!!errors.confirm} />
      </Field>
    </>
  );
}
