// What stops an agreement being cleared or made active for due-diligence reasons: a private company
// or foundation without a current approved assessment that allows engagement, and any party with a
// sanctions match that is unresolved or true.
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEEDS_ASSESSMENT, standingOf } from "./standing";
import { msg, type Message } from "@/lib/i18n/message";

export async function engagementBlocks(organisationIds: string[], client: Prisma.TransactionClient = db(), on = today()): Promise<Message[]> {
  const partners = await client.organisation.findMany({
    where: { id: { in: organisationIds } },
    orderBy: { name: "asc" },
    select: {
      name: true,
      kind: true,
      assessments: { where: { archived: false }, select: { approvedAt: true, validUntil: true, decision: true, assessedOn: true } },
      sanctionsMatches: { where: { state: { in: ["UNRESOLVED", "TRUE_MATCH"] }, entity: { delistedAt: null } }, select: { state: true } },
    },
  });
  return partners.flatMap((p) => {
    const blocks: Message[] = [];
    if (NEEDS_ASSESSMENT.includes(p.kind)) {
      const { standing } = standingOf(p.assessments, on);
      if (standing === "DO_NOT_ENGAGE") blocks.push(msg("problems.blockDoNotEngage", { name: p.name }));
      else if (standing !== "CURRENT") blocks.push(msg("problems.blockNeedsAssessment", { name: p.name }));
    }
    if (p.sanctionsMatches.some((m) => m.state === "TRUE_MATCH")) blocks.push(msg("problems.blockSanctionsMatch", { name: p.name }));
    else if (p.sanctionsMatches.length) blocks.push(msg("problems.blockPossibleMatch", { name: p.name }));
    return blocks;
  });
}
