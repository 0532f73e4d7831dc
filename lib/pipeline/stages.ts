// The pipeline's stages, in the order an opportunity goes through them, and the probability each
// stage gives the forecast unless an opportunity says otherwise (decision 023).
import type { OpportunityStage } from "@/lib/generated/prisma/enums";

export const OPEN_STAGES = ["IDEA", "CONCEPT_NOTE", "PROPOSAL_SUBMITTED", "NEGOTIATION"] as const satisfies readonly OpportunityStage[];
export const CLOSED_STAGES = ["WON", "LOST", "WITHDRAWN"] as const satisfies readonly OpportunityStage[];
export const STAGES: readonly OpportunityStage[] = [...OPEN_STAGES, ...CLOSED_STAGES];

export type StageProbabilities = Record<OpportunityStage, number>;

/**
 * UNDP's grading (ideas 30 %, soft pipeline 50-70 %, hard pipeline 90 %, signed 100 %), which
 * administrators change at /admin/pipeline.
 */
export const DEFAULT_PROBABILITIES: StageProbabilities = {
  IDEA: 10,
  CONCEPT_NOTE: 30,
  PROPOSAL_SUBMITTED: 50,
  NEGOTIATION: 90,
  WON: 100,
  LOST: 0,
  WITHDRAWN: 0,
};

export const isOpen = (stage: OpportunityStage) => (OPEN_STAGES as readonly string[]).includes(stage);

/** Lost or withdrawn: the stages that ask why. */
export const needsReason = (stage: OpportunityStage) => stage === "LOST" || stage === "WITHDRAWN";

/**
 * Where an opportunity may go from a stage: any open stage (forwards or back) or any outcome while
 * open; a decided one only back into the pipeline (a lost bid revived), except a won one that
 * already became an agreement, which stays won.
 */
export function stageTargets(stage: OpportunityStage, converted: boolean): OpportunityStage[] {
  if (stage === "WON" && converted) return [];
  return STAGES.filter((s) => s !== stage && (isOpen(stage) || isOpen(s)));
}

/** The next stage forwards (the board's one-step move), if any. */
export function nextStage(stage: OpportunityStage): OpportunityStage | null {
  const i = OPEN_STAGES.indexOf(stage as (typeof OPEN_STAGES)[number]);
  return i < 0 ? null : (STAGES[i + 1] ?? null);
}

/** The probability the forecast uses: the opportunity's own, or its stage's default. */
export function probabilityOf(opportunity: { stage: OpportunityStage; probability: number | null }, defaults: StageProbabilities): number {
  return opportunity.probability ?? defaults[opportunity.stage];
}
