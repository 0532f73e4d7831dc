import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { Health } from "@/lib/generated/prisma/enums";

const tones: Record<Health, Tone> = { ON_TRACK: "green", AT_RISK: "amber", OFF_TRACK: "red" };

/** A project's health; "No report" when it has none yet. */
export function HealthBadge({ health }: { health: Health | null | undefined }) {
  const t = useTranslations();
  return health ? <Badge tone={tones[health]}>{t(`codes.healths.${health}`)}</Badge> : <Badge tone="grey">{t("projects.noReport")}</Badge>;
}
