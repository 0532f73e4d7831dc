import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { requireForOfficersAction } from "@/lib/auth/second-factor/actions";
import { useTranslations } from "next-intl";

/** The unit's setting: officers, like administrators, must enrol a second factor (audited). */
export function OfficersSecondFactor({ required }: { required: boolean }) {
  const t = useTranslations("forms.admin");
  return (
    <ActionForm action={requireForOfficersAction} className="space-y-2 text-sm">
      <p>
        {t("adminsAlways")} {required ? t("officersMust") : t("officersMay")}
      </p>
      <input type="hidden" name="on" value={String(!required)} />
      <Button type="submit" variant="secondary">
        {required ? t("stopRequiring") : t("require")}
      </Button>
    </ActionForm>
  );
}
