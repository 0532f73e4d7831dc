"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Refusal } from "@/components/ui/refusal";
import { sendPasswordResetAction, setUserActiveAction } from "@/lib/users/actions";
import { OneTimeLink } from "./one-time-link";
import { useTranslations } from "next-intl";

/** Deactivate / reactivate, and send a password-reset link. */
export function AccountActions({ id, version, active }: { id: string; version: number; active: boolean }) {
  const [activeState, toggle, toggling] = useActionState(setUserActiveAction, null);
  const [resetState, reset, resetting] = useActionState(sendPasswordResetAction, null);
  const t = useTranslations("forms.admin");
  return (
    <div className="space-y-3">
      <Refusal result={activeState && !activeState.ok ? activeState : resetState && !resetState.ok ? resetState : null} clientErrors={null} />
      {resetState?.ok && "link" in resetState && <OneTimeLink link={resetState.link} what="reset" />}
      <div className="flex flex-wrap gap-2">
        <form action={toggle}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="active" value={String(!active)} />
          <Button type="submit" variant={active ? "danger" : "secondary"} disabled={toggling}>
            {active ? t("deactivate") : t("reactivate")}
          </Button>
        </form>
        {active && (
          <form action={reset}>
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="secondary" disabled={resetting}>
              {t("sendReset")}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
