"use client";

import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { registerChallengeAction, registerPasskeyAction } from "@/lib/auth/second-factor/actions";
import { RecoveryCodes } from "./recovery-codes";
import { useSay } from "@/lib/i18n/use-say";

/** Registers a passkey of this device (or a security key) under a name the user chooses. */
export function PasskeyAdd({ continueTo }: { continueTo?: string }) {
  const router = useRouter();
  const t = useTranslations("secondFactor.passkey");
  const tSetup = useTranslations("secondFactor.setup");
  const say = useSay();
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    setError(null);
    setAdded(null);
    if (!name) return setError(t("nameIt"));
    setPending(true);
    try {
      const options = await registerChallengeAction();
      if (!options) throw new Error(t("sessionEnded"));
      // The WebAuthn library comes when a passkey is used, not with the page (decision 025).
      const response = await (await import("@simplewebauthn/browser")).startRegistration({ optionsJSON: options });
      const result = await registerPasskeyAction(name, JSON.stringify(response));
      if (!result?.ok) throw new Error(result ? say(result.message) : t("notKept"));
      setAdded(name);
      setCodes(result.recoveryCodes);
      form.reset();
      // On the account page, list it; at the gate, the page would move on before the codes are read.
      if (!continueTo) router.refresh();
    } catch (e) {
      setError(e instanceof Error && e.name !== "NotAllowedError" ? e.message : t("notMade"));
    }
    setPending(false);
  }

  return (
    <div className="space-y-3">
      {added && (
        <p role="status" className="text-sm text-green-800">
          {t("added", { name: added })}
        </p>
      )}
      {codes && <RecoveryCodes codes={codes} />}
      {added && continueTo && (
        <Link href={continueTo} className="inline-block text-sm font-medium text-brand-700 hover:underline">
          {tSetup(codes ? "keptContinue" : "continue")} <Arrow to="forward" />
        </Link>
      )}
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        <Field label={t("name")} name="passkey-name" error={error ?? undefined} className="min-w-48 flex-1">
          <input id="passkey-name" name="name" maxLength={80} placeholder={t("example")} className={inputClass} aria-invalid={!!error} />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("waiting") : t("add")}
        </Button>
      </form>
    </div>
  );
}
