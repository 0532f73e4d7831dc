"use client";

import { useTranslations } from "next-intl";
import { signIn } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { passwordlessChallengeAction } from "@/lib/auth/second-factor/actions";
import type { Text } from "@/lib/i18n/message";
import { useSay } from "@/lib/i18n/use-say";

/** Signing in with a passkey alone (for those who chose it on their account page). */
export function PasskeySignIn() {
  const t = useTranslations("signIn");
  const say = useSay();
  const router = useRouter();
  const [error, setError] = useState<Text | null>(null);
  const [pending, setPending] = useState(false);

  async function onClick() {
    setError(null);
    setPending(true);
    try {
      const options = await passwordlessChallengeAction();
      if ("refused" in options) {
        setError(options.refused);
        setPending(false);
        return;
      }
      // The WebAuthn library comes when a passkey is used, not with the page (decision 025).
      const response = await (await import("@simplewebauthn/browser")).startAuthentication({ optionsJSON: options });
      const result = await signIn("passkey", { response: JSON.stringify(response) });
      if (result.ok) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(t("passkeyRefused"));
    } catch (e) {
      setError(e instanceof Error && e.name === "NotAllowedError" ? t("passkeyCancelled") : t("passkeyRefused"));
    }
    setPending(false);
  }

  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" className="w-full" onClick={onClick} disabled={pending}>
        {pending ? t("passkeyPending") : t("passkey")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {say(error)}
        </p>
      )}
    </div>
  );
}
