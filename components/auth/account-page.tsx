import { getTranslations } from "next-intl/server";
import { ApiTokensSection } from "@/components/api/api-tokens-section";
import { browserLocale } from "@/lib/i18n/request-locale";
import type { Viewer } from "@/lib/policy";
import { hasPassword, ownSessions } from "@/lib/users/queries";
import { ChangePasswordForm } from "./change-password-form";
import { LanguageForm } from "./language-form";
import { SecondFactorsSection } from "./second-factor/second-factors-section";
import { SessionsList } from "./sessions-list";

/** The signed-in user's own account, for staff (/account) and partners (/portal/account). */
export async function AccountPage({ viewer, path }: { viewer: Viewer; path: string }) {
  const [sessions, needsPassword, browser, t, tLanguage] = await Promise.all([
    ownSessions(viewer),
    hasPassword(viewer),
    browserLocale(),
    getTranslations("account"),
    getTranslations("language"),
  ]);
  return (
    <div className="max-w-lg space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {viewer.name} · <span dir="ltr">{viewer.email}</span>
        </p>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{tLanguage("heading")}</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{tLanguage("intro")}</p>
        <LanguageForm chosen={viewer.locale ?? null} browser={browser} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{t("changePassword")}</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("changePasswordIntro")}</p>
        <ChangePasswordForm />
      </section>
      <SecondFactorsSection viewer={viewer} accountPath={path} />
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{t("sessions")}</h2>
        <p className="mt-1 mb-2 text-sm text-slate-600">{t("sessionsIntro")}</p>
        <SessionsList sessions={sessions} needsPassword={needsPassword} />
      </section>
      <ApiTokensSection viewer={viewer} />
    </div>
  );
}
