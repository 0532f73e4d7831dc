// Moving a card on a board is the change the record's form would make: the form's values as they
// stand, with the status (lifecycle) or the field's value the column stands for, saved through the
// record's own mutation. So lifecycle rules, clearance, due diligence, the version guard and the
// audit trail apply exactly as they do to the form.
import { updateAgreement } from "@/lib/agreements/mutations";
import { agreementForEdit } from "@/lib/agreements/queries";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { type ActionResult, denied, refused } from "@/lib/domain/action-result";
import { AgreementStatus, ProjectLifecycle } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import type { Viewer } from "@/lib/policy";
import { updateProject } from "@/lib/projects/mutations";
import { projectForEdit } from "@/lib/projects/queries";

const NOT_A_COLUMN = refused(msg("problems.chooseFromList"));

/**
 * A board has no fields to mark: a refusal of the form's fields ("Active only after clearance") is
 * said as the refusal itself. Other fields' problems (a required field left empty) name the form.
 */
export function asCardRefusal(result: ActionResult, field: string): ActionResult {
  if (result.ok || !result.fieldErrors) return result;
  const own = result.fieldErrors[field];
  return refused(own ?? msg("problems.openFormToMove"));
}

/** The custom values with the field set to the column's option ("": none). */
async function withField(viewer: Viewer, entity: "AGREEMENT" | "PROJECT", custom: Record<string, string[]> | undefined, by: string, to: string) {
  const field = (await visibleCustomFields(viewer, entity)).find((f) => f.key === by && f.type === "ONE_OF");
  if (!field || (to !== "" && !field.options.some((o) => o.id === to))) return null;
  return { ...custom, [field.key]: to ? [to] : [] };
}

export async function moveAgreement(viewer: Viewer, id: string, readVersion: number, by: string, to: string): Promise<ActionResult> {
  const record = await agreementForEdit(viewer, id);
  if (!record) return denied(msg("problems.mayNotChangeAgreements"));
  if (by === "status") {
    if (!Object.hasOwn(AgreementStatus, to)) return NOT_A_COLUMN;
    return asCardRefusal(await updateAgreement(viewer, id, readVersion, { ...record.values, status: to as AgreementStatus }), "status");
  }
  const custom = await withField(viewer, "AGREEMENT", record.values.custom, by, to);
  return custom ? asCardRefusal(await updateAgreement(viewer, id, readVersion, { ...record.values, custom }), `custom.${by}`) : NOT_A_COLUMN;
}

export async function moveProject(viewer: Viewer, id: string, readVersion: number, by: string, to: string): Promise<ActionResult> {
  const record = await projectForEdit(viewer, id);
  if (!record) return denied(msg("problems.mayNotChangeProjects"));
  if (by === "status") {
    if (!Object.hasOwn(ProjectLifecycle, to)) return NOT_A_COLUMN;
    return asCardRefusal(await updateProject(viewer, id, readVersion, { ...record.values, lifecycle: to as ProjectLifecycle }), "lifecycle");
  }
  const custom = await withField(viewer, "PROJECT", record.values.custom, by, to);
  return custom ? asCardRefusal(await updateProject(viewer, id, readVersion, { ...record.values, custom }), `custom.${by}`) : NOT_A_COLUMN;
}
