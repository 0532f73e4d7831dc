import { useTranslations } from "next-intl";

/** A one-time link, shown once to the admin who made it (for when email is not set up or is slow). */
export function OneTimeLink({ link, what }: { link: string; what: "invitation" | "reset" }) {
  const t = useTranslations("forms.admin");
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
      <p>
        {t("oneTimeLink", { what })}
      </p>
      <p className="mt-2 font-mono text-xs break-all select-all">{link}</p>
    </div>
  );
}
