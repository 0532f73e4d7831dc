import { useTranslations } from "next-intl";

/** Recovery codes, the one time they are shown. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("secondFactor.codes");
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-medium">{t("keep")}</p>
      <p>{t("once")}</p>
      <ol aria-label={t("label")} className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base" dir="ltr">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
