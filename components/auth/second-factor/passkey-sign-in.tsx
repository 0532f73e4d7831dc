"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { signIn } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { passwordlessChallengeAction } from "@/lib/auth/second-factor/actions";

const REFUSED = "That passkey does not sign you in on its own: sign in with your password, then turn on “Sign in with a passkey alone” on your account page.";

/** Signing in with a passkey alone (for those who chose it on their account page). */
export function PasskeySignIn() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
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
      const response = await startAuthentication({ optionsJSON: options });
      const result = await signIn("passkey", { response: JSON.stringify(response) });
      if (result.ok) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(REFUSED);
    } catch (e) {
      setError(e instanceof Error && e.name === "NotAllowedError" ? "No passkey was used (cancelled, or none on this device)." : REFUSED);
    }
    setPending(false);
  }

  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" className="w-full" onClick={onClick} disabled={pending}>
        {pending ? "Waiting for the passkey…" : "Sign in with a passkey"}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
