// A card moved on the pipeline's board is the stage change the opportunity's form would make: the
// form's values as they stand with the new stage, saved through the same mutation (stage rules,
// history, version guard and audit alike).
import { asCardRefusal } from "@/lib/board/mutations";
import { type ActionResult, denied, refused } from "@/lib/domain/action-result";
import type { OpportunityStage } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import type { Viewer } from "@/lib/policy";
import { updateOpportunity } from "./mutations";
import { opportunityForEdit } from "./queries";

export async function moveOpportunity(viewer: Viewer, id: string, readVersion: number, to: OpportunityStage): Promise<ActionResult> {
  const record = await opportunityForEdit(viewer, id);
  if (!record) return denied(msg("problems.mayNotKeepPipeline"));
  const result = await updateOpportunity(viewer, id, readVersion, { ...record.values, stage: to });
  // Lost or withdrawn asks why, which only the form can say.
  if (!result.ok && result.fieldErrors?.closeReason) return refused(msg("problems.openFormToSayWhy"));
  return asCardRefusal(result, "stage");
}
