"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Refusal } from "@/components/ui/refusal";
import { setPasswordAction } from "@/lib/users/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("welcome");
  const tCommon = useTranslations("common");
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <Refusal result={state} clientErrors={null} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? tCommon("saving") : t("submit")}
      </Button>
    </form>
  );
}
