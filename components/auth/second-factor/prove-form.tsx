"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { verifyChallengeAction, proveCodeAction, provePasskeyAction } from "@/lib/auth/second-factor/actions";
import { useSay } from "@/lib/i18n/use-say";

/** Proving the second factor: a code (app or recovery), or a passkey; then on to `returnTo`. */
export function ProveForm({ hasApp, hasPasskey, returnTo }: { hasApp: boolean; hasPasskey: boolean; returnTo: string }) {
  const router = useRouter();
  const t = useTranslations("secondFactor");
  const say = useSay();
  const [state, action, pending] = useActionState(proveCodeAction, null);
  const [passkeyError, setPasskeyError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (state?.ok) router.replace(returnTo);
  }, [state, returnTo, router]);

  async function usePasskey() {
    setPasskeyError(null);
    setWaiting(true);
    try {
      const options = await verifyChallengeAction();
      if (!options) throw new Error(t("passkey.sessionEnded"));
      // The WebAuthn library comes when a passkey is used, not with the page (decision 025).
      const result = await provePasskeyAction(JSON.stringify(await (await import("@simplewebauthn/browser")).startAuthentication({ optionsJSON: options })));
      if (!result.ok) throw new Error(say(result.message));
      router.replace(returnTo);
      return;
    } catch (e) {
      setPasskeyError(e instanceof Error && e.name !== "NotAllowedError" ? e.message : t("prove.notUsed"));
    }
    setWaiting(false);
  }

  const error = state && !state.ok ? state.message : null;
  return (
    <div className="space-y-5">
      {hasPasskey && (
        <div className="space-y-2">
          <Button type="button" onClick={usePasskey} disabled={waiting} className="w-full">
            {waiting ? t("prove.waiting") : t("prove.usePasskey")}
          </Button>
          {passkeyError && (
            <p role="alert" className="text-sm text-red-700">
              {passkeyError}
            </p>
          )}
        </div>
      )}
      <form action={action} className="space-y-4">
        <Field
          label={t(hasApp ? "prove.codeOrRecovery" : "prove.recovery")}
          name="code"
          error={error ?? undefined}
          hint={hasApp ? t("prove.hint") : undefined}
        >
          <input id="code" name="code" autoComplete="one-time-code" maxLength={20} required autoFocus={!hasPasskey} className={`${inputClass} font-mono`} aria-invalid={!!error} aria-describedby={error ? "code-error" : undefined} />
        </Field>
        <Button type="submit" variant={hasPasskey ? "secondary" : "primary"} disabled={pending || state?.ok} className="w-full">
          {pending || state?.ok ? t("prove.checking") : t("prove.continue")}
        </Button>
      </form>
    </div>
  );
}
