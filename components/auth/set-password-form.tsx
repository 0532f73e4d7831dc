"use client";

import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Refusal } from "@/components/ui/refusal";
import { setPasswordAction } from "@/lib/users/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <Refusal result={state} clientErrors={null} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set my password"}
      </Button>
    </form>
  );
}
