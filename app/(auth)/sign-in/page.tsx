import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oidcProvider } from "@/lib/auth/options";
import { getSessionState, homePath } from "@/lib/auth/viewer";
import { appEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { welcome } = await searchParams;
  const state = await getSessionState();
  if (state?.gate) redirect("/second-factor");
  if (state) redirect(homePath(state.viewer));
  const oidc = oidcProvider(appEnv());
  return (
    <>
    {typeof welcome === "string" && (
      <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
        Your password is set. Sign in with it now.
      </p>
    )}
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <SignInForm oidc={oidc ? { id: oidc.id, name: oidc.name } : null} />
    </div>
    </>
  );
}
