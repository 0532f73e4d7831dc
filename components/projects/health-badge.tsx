import { Badge, type Tone } from "@/components/ui/badge";
import { healths } from "@/lib/domain/codelists";
import type { Health } from "@/lib/generated/prisma/enums";

const tones: Record<Health, Tone> = { ON_TRACK: "green", AT_RISK: "amber", OFF_TRACK: "red" };

/** A project's health; "No report" when it has none yet. */
export function HealthBadge({ health }: { health: Health | null | undefined }) {
  return health ? <Badge tone={tones[health]}>{healths[health].label}</Badge> : <Badge tone="grey">No report</Badge>;
}
