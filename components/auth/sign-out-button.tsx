"use client";

import { useTranslations } from "next-intl";
import { signOut } from "@/components/auth/next-auth-client";

export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      onClick={() => signOut()}
      className="rounded-md px-3 py-1.5 text-sm whitespace-nowrap text-white/90 hover:bg-white/10"
    >
      {t("signOut")}
    </button>
  );
}
