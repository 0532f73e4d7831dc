"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Arrow } from "@/components/ui/arrow";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { confirmAppEnrolmentAction, startAppEnrolmentAction } from "@/lib/auth/second-factor/actions";
import { RecoveryCodes } from "./recovery-codes";

/**
 * Setting up an authenticator app: a button to start; then the QR code (drawn on the server) and the
 * secret as text, and the first code to confirm; then the recovery codes, once.
 */
export function AppSetup({ pending, continueTo }: { pending: { qrSvg: string; secret: string } | null; continueTo?: string }) {
  const t = useTranslations("secondFactor.setup");
  const [started, start, starting] = useActionState(startAppEnrolmentAction, null);
  const [confirmed, confirm, confirming] = useActionState(confirmAppEnrolmentAction, null);
  if (confirmed?.ok && confirmed.recoveryCodes) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-sm text-green-800">
          {t("done")}
        </p>
        <RecoveryCodes codes={confirmed.recoveryCodes} />
        {continueTo && (
          <Link href={continueTo} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("keptContinue")} <Arrow to="forward" />
          </Link>
        )}
      </div>
    );
  }
  if (!pending) {
    return (
      <form action={start} className="space-y-3">
        <Refusal result={started} clientErrors={null} />
        <Button type="submit" disabled={starting}>
          {t("start")}
        </Button>
      </form>
    );
  }
  const errors = (confirmed && !confirmed.ok && confirmed.fieldErrors) || {};
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("scan")}</p>
      <div className="flex flex-wrap items-start gap-4">
        {/* Our own SVG, drawn on the server from the secret: no script in it. */}
        <div role="img" aria-label={t("qr")} className="size-44 shrink-0 bg-white [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: pending.qrSvg }} />
        <p className="min-w-0 text-sm">
          <span className="block text-slate-600">{t("key")}</span>
          <code data-testid="totp-secret" className="font-mono text-base break-all" dir="ltr">
            {pending.secret.replace(/(.{4})/g, "$1 ").trim()}
          </code>
        </p>
      </div>
      <form action={confirm} className="space-y-3">
        <Refusal result={confirmed} clientErrors={null} />
        <Field label={t("code")} name="setup-code" error={errors.code}>
          <input id="setup-code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={8} required className={`${inputClass} max-w-40 font-mono`} aria-invalid={!!errors.code} />
        </Field>
        <Button type="submit" disabled={confirming}>
          {t("confirm")}
        </Button>
      </form>
    </div>
  );
}
