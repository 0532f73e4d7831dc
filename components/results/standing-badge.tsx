import { Badge, type Tone } from "@/components/ui/badge";
import { STANDINGS, type Standing } from "@/lib/results/on-track";

const tones: Record<Standing, Tone> = { "on-track": "green", behind: "red", "no-data": "grey", qualitative: "blue" };

/** Where an indicator stands by the on-track rule (lib/results/on-track.ts). */
export function StandingBadge({ standing }: { standing: Standing }) {
  return <Badge tone={tones[standing]}>{STANDINGS[standing]}</Badge>;
}
