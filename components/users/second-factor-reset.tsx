import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { resetSecondFactorsAction } from "@/lib/auth/second-factor/actions";
import { useTranslations } from "next-intl";

/** What second factors a user has, and the administrator's reset (a lost phone, no recovery code left). */
export function SecondFactorReset({ id, factors }: { id: string; factors: { app: boolean; passkeys: number; recoveryCodesLeft: number } }) {
  const t = useTranslations("forms.admin");
  const none = !factors.app && factors.passkeys === 0;
  return (
    <div className="space-y-3 text-sm">
      <p>
        {none ? t("noFactors") : t("factors", { app: String(factors.app), passkeys: factors.passkeys, codes: factors.recoveryCodesLeft })}
      </p>
      {!none && (
        <ActionForm action={resetSecondFactorsAction}>
          <input type="hidden" name="id" value={id} />
          <p className="mb-2 text-slate-600">{t("resetHint")}</p>
          <Button type="submit" variant="danger">
            {t("resetFactors")}
          </Button>
        </ActionForm>
      )}
    </div>
  );
}
