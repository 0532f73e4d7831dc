"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/domain/action-result";
import { setThemeSectorAction } from "@/lib/iati/actions";
import { useTranslations } from "next-intl";

/** One button setting an on/off choice of a record (or of the unit, without `id`). */
export function Toggle({
  action,
  id,
  on,
  subject,
  verbs,
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  id?: string;
  on: boolean;
  /** What the button names, for screen readers after its visible verb: "RUP/JPN/1974-01", "the public file". */
  subject: string;
  /** The visible verbs when it is off and when it is on (default: publish, withdraw). */
  verbs?: [string, string];
}) {
  const t = useTranslations("forms.admin");
  const [turnOn, turnOff] = verbs ?? [t("publish"), t("withdraw")];
  return (
    <ActionForm action={action}>
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="on" value={String(!on)} />
      <Button type="submit" variant={on ? "secondary" : "primary"} className="px-3 py-1 text-xs">
        {on ? turnOff : turnOn}
        <span className="sr-only"> {subject}</span>
      </Button>
    </ActionForm>
  );
}

/** A theme's DAC 5-digit sector, typed or picked from IATI's list (the page's datalist). */
export function SectorForm({ id, label, sector }: { id: string; label: string; sector: string | null }) {
  const t = useTranslations("forms.admin");
  return (
    <ActionForm action={setThemeSectorAction} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <div className="w-28">
        <input name="sector" defaultValue={sector ?? ""} list="dac-sectors" inputMode="numeric" maxLength={5} aria-label={t("sectorOf", { label })} className={inputClass} />
      </div>
      <Button type="submit" variant="secondary" className="px-3 py-1 text-xs">
        {t("save")}<span className="sr-only"> {t("theSectorOf", { label })}</span>
      </Button>
    </ActionForm>
  );
}
