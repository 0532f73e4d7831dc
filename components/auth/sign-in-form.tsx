"use client";

import { useTranslations } from "next-intl";
import { signIn, signInElsewhere } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PasskeySignIn } from "@/components/auth/second-factor/passkey-sign-in";
import { Button } from "@/components/ui/button";
import { waitAmount } from "@/lib/auth/wait-text";

export function SignInForm({ oidc }: { oidc: { id: string; name: string } | null }) {
  const t = useTranslations("signIn");
  const tCommon = useTranslations("common");
  const tProblems = useTranslations("problems");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      // Posts to next-auth's /api/auth/csrf and /api/auth/callback/credentials.
      const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
      if (result.ok) {
        router.replace("/");
        router.refresh();
        return;
      }
      const throttled = /^throttled:(\d+)$/.exec(result.error ?? "");
      setError(throttled ? tProblems("tooManyFailedAttempts", { wait: tCommon("wait", waitAmount(Number(throttled[1]))) }) : t("failed"));
    } catch {
      setError(t("unreachable"));
    }
    setPending(false);
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-700">
            {t("email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-700">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none"
          />
        </div>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("pending") : t("submit")}
        </Button>
      </form>
      <div className="flex items-center gap-3 text-xs text-slate-500">
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <PasskeySignIn />
      {oidc && (
        <Button variant="secondary" className="w-full" onClick={() => signInElsewhere(oidc.id)}>
          {t("withProvider", { provider: oidc.name })}
        </Button>
      )}
    </div>
  );
}
