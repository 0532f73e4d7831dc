import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setOfficersReadAllAction } from "@/lib/offices/actions";
import { useTranslations } from "next-intl";

/** The organisation's setting: officers read the other offices' records too, or only their own offices' (audited). */
export function OfficersReadAll({ on }: { on: boolean }) {
  const t = useTranslations("admin.offices");
  return (
    <ActionForm action={setOfficersReadAllAction} className="space-y-2 text-sm">
      <p>{on ? t("officersReadAll") : t("officersReadOwn")}</p>
      <input type="hidden" name="on" value={String(!on)} />
      <Button type="submit" variant="secondary">
        {on ? t("hideOtherOffices") : t("showOtherOffices")}
      </Button>
    </ActionForm>
  );
}
