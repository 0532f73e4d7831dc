import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { Standing } from "@/lib/results/on-track";

const tones: Record<Standing, Tone> = { "on-track": "green", behind: "red", "no-data": "grey", qualitative: "blue" };

/** Where an indicator stands by the on-track rule (lib/results/on-track.ts). */
export function StandingBadge({ standing }: { standing: Standing }) {
  const t = useTranslations("results.standings");
  return <Badge tone={tones[standing]}>{t(standing)}</Badge>;
}
