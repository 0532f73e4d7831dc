"use client";

import { useTranslations } from "next-intl";
import { signOut } from "@/components/auth/next-auth-client";

/** Leaving the second-factor page signed out (someone else's device, no phone to hand). */
export function SignOutLink() {
  const t = useTranslations("secondFactor");
  return (
    <p className="text-center text-sm">
      <button type="button" onClick={() => signOut()} className="text-brand-700 hover:underline">
        {t("signOutInstead")}
      </button>
    </p>
  );
}
