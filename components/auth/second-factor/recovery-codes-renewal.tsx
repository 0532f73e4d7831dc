"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Refusal } from "@/components/ui/refusal";
import { regenerateRecoveryCodesAction } from "@/lib/auth/second-factor/actions";
import { RecoveryCodes } from "./recovery-codes";

/** How many recovery codes are left, and a new set (the old one stops working). */
export function RecoveryCodesRenewal({ left }: { left: number }) {
  const t = useTranslations("secondFactor.codes");
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, null);
  if (state?.ok && state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">{t("left", { count: left })}</p>
      <Refusal result={state} clientErrors={null} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("renew")}
      </Button>
    </form>
  );
}
