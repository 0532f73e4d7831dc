import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/auth/language-switch";

// The frame of the pages people see before they are signed in: the unit's name over a narrow
// column, and the languages to choose from below it.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-xs font-semibold tracking-widest text-brand-600 uppercase">{t("unitName")}</p>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("appName")}</h1>
        </div>
        {children}
        <LanguageSwitch />
      </div>
    </main>
  );
}
