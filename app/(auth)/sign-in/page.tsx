import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oidcProvider } from "@/lib/auth/options";
import { getSessionState, homePath } from "@/lib/auth/viewer";
import { appEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string; error?: string }> }) {
  const { welcome, error } = await searchParams;
  const state = await getSessionState();
  if (state?.gate) redirect("/second-factor");
  if (state) redirect(homePath(state.viewer));
  const oidc = oidcProvider(appEnv());
  const t = await getTranslations("signIn");
  return (
    <>
    {typeof welcome === "string" && (
      <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
        {t("welcome")}
      </p>
    )}
    {typeof error === "string" && (
      // next-auth comes back here with `error` when single sign-on did not end in a session.
      <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        {error === "AccessDenied" ? t("accessDenied") : t("unfinished", { provider: oidc?.name ?? t("singleSignOn") })}
      </p>
    )}
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <SignInForm oidc={oidc ? { id: oidc.id, name: oidc.name } : null} />
    </div>
    </>
  );
}
