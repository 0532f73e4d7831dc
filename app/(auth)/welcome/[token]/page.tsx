import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { tokenHolder } from "@/lib/users/mutations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("welcome"))("title"), referrer: "no-referrer" };
}

// Reached from an invitation or password-reset email: the token is the only credential here.
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [holder, t] = await Promise.all([tokenHolder(token), getTranslations("welcome")]);
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {holder ? (
        <>
          <p className="mb-4 text-sm text-slate-700">
            {t("greeting", { purpose: holder.purpose === "INVITATION" ? "invitation" : "reset", name: holder.name, email: holder.email })}
          </p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <p className="text-sm text-slate-700">
          {t.rich("expired", {
            link: (chunks) => (
              <Link href="/sign-in" className="text-brand-600 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
