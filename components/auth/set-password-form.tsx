"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { setPasswordAction } from "@/lib/users/actions";
import { MIN_PASSWORD } from "@/lib/users/schema";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <Refusal result={state} clientErrors={null} />
      <Field label="New password" name="password" error={errors.password} hint={`At least ${MIN_PASSWORD} characters; a phrase of several words is good.`}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} className={inputClass} aria-invalid={!!errors.password} />
      </Field>
      <Field label="The same again" name="confirm" error={errors.confirm}>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={inputClass} aria-invalid={!!errors.confirm} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set my password"}
      </Button>
    </form>
  );
}
