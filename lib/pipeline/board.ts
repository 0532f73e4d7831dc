// The pipeline's board: a column per stage with its count, the money sought per currency and its
// first cards, read through the list's own filters.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import type { PipelineFilters } from "./filters";
import { pipelineWhere } from "./queries";
import { isOpen, STAGES } from "./stages";

/**
 * Cards per column: the open stages' 25 nearest decisions, the decided stages' 10 latest decisions
 * (the list has the rest). 350 cards, each with its move form, cost the server about 90 ms per board
 * at 5,000 opportunities (the benchmark); a board is read at a glance.
 */
const OPEN_CARDS = 25;
const DECIDED_CARDS = 10;

const card = {
  id: true,
  version: true,
  title: true,
  stage: true,
  amount: true,
  currency: true,
  expectedDecisionOn: true,
  officeId: true,
  agreementId: true,
  organisation: { select: { name: true, acronym: true } },
} satisfies Prisma.OpportunitySelect;

export type OpportunityCard = Prisma.OpportunityGetPayload<{ select: typeof card }>;

export async function pipelineBoard(viewer: Viewer, filters: PipelineFilters, on: Date) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Opportunity")) return null;
  // The column decides the stage: the list's own stage filter is set aside.
  const base = await pipelineWhere(viewer, { ...filters, stage: undefined }, on);
  const columns = await Promise.all(
    STAGES.map(async (stage) => {
      const where = { AND: [base, { stage }] };
      const [count, cards, sums] = await Promise.all([
        db().opportunity.count({ where }),
        isOpen(stage)
          ? db().opportunity.findMany({ where, orderBy: [{ expectedDecisionOn: { sort: "asc", nulls: "last" } }, { title: "asc" }], take: OPEN_CARDS, select: card })
          : db().opportunity.findMany({ where, orderBy: [{ decidedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }], take: DECIDED_CARDS, select: card }),
        db().opportunity.groupBy({ by: ["currency"], where, _sum: { amount: true }, orderBy: { currency: "asc" } }),
      ]);
      return { value: stage as string, count, cards, money: sums.map((s) => ({ currency: s.currency.trim(), amount: s._sum.amount?.toFixed(2) ?? "0.00" })) };
    }),
  );
  return { columns, mayMove: can(viewer, "update", "Opportunity") };
}
