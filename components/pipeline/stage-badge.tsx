import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { OpportunityStage } from "@/lib/generated/prisma/enums";

const tones: Record<OpportunityStage, Tone> = {
  IDEA: "grey",
  CONCEPT_NOTE: "blue",
  PROPOSAL_SUBMITTED: "blue",
  NEGOTIATION: "amber",
  WON: "green",
  LOST: "red",
  WITHDRAWN: "grey",
};

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  const t = useTranslations("codes.opportunityStages");
  return <Badge tone={tones[stage]}>{t(stage)}</Badge>;
}
