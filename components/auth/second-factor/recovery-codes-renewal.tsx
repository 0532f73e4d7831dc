"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Refusal } from "@/components/ui/refusal";
import { regenerateRecoveryCodesAction } from "@/lib/auth/second-factor/actions";
import { RecoveryCodes } from "./recovery-codes";

/** How many recovery codes are left, and a new set (the old one stops working). */
export function RecoveryCodesRenewal({ left }: { left: number }) {
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, null);
  if (state?.ok && state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">{left} unused {left === 1 ? "code" : "codes"} left.</p>
      <Refusal result={state} clientErrors={null} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Make a new set of codes
      </Button>
    </form>
  );
}
