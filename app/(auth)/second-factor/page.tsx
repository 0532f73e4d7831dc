import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppSetup } from "@/components/auth/second-factor/app-setup";
import { PasskeyAdd } from "@/components/auth/second-factor/passkey-add";
import { ProveForm } from "@/components/auth/second-factor/prove-form";
import { SignOutLink } from "@/components/auth/second-factor/sign-out-link";
import { localPath, needsStepUp, stepUpWindow } from "@/lib/auth/second-factor/gate";
import { ownSecondFactors } from "@/lib/auth/second-factor/queries";
import { getSessionState, homePath } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("title") };
}

/**
 * Where a session is held until it proves its second factor (after the password), where an
 * administrator without one enrols it, and where a sensitive action sends someone to prove it again.
 */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const state = await getSessionState();
  if (!state) redirect("/sign-in");
  const returnTo = localPath((await searchParams).next) ?? homePath(state.viewer);
  const stepUp = !state.gate && needsStepUp(state.viewer);
  if (!state.gate && !stepUp) redirect(returnTo);
  const [factors, t] = await Promise.all([ownSecondFactors(state.viewer), getTranslations()]);

  if (state.gate === "enrol") {
    return (
      <div className="space-y-4">
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="text-lg font-semibold">{t("secondFactor.gate.protect")}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("secondFactor.gate.why", { role: state.viewer.role })}
          </p>
          <h3 className="mt-5 mb-2 text-sm font-semibold">{t("secondFactor.gate.app")}</h3>
          <AppSetup pending={factors.pendingApp} continueTo={returnTo} />
          <h3 className="mt-6 mb-2 text-sm font-semibold">{t("secondFactor.gate.passkey")}</h3>
          <PasskeyAdd continueTo={returnTo} />
        </div>
        <SignOutLink />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-1 text-lg font-semibold">{t(stepUp ? "secondFactor.confirm" : "secondFactor.title")}</h2>
        <p className="mb-5 text-sm text-slate-600">
          {stepUp
            ? t("secondFactor.gate.stepUp", { window: t("common.wait", stepUpWindow()) })
            : t("secondFactor.gate.oneMore", { email: state.viewer.email })}
        </p>
        <ProveForm hasApp={factors.appSince !== null} hasPasskey={factors.passkeys.length > 0} returnTo={returnTo} />
      </div>
      <SignOutLink />
    </div>
  );
}
