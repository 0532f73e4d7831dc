// Where a partner stands on due diligence, one definition for the partner page, clearance, the
// dashboard and the reminders: its latest approved assessment that is still valid, if any.
import type { DiligenceDecision, OrganisationKind } from "@/lib/generated/prisma/enums";

/** Kinds of partner that need a current approved assessment allowing engagement before an agreement is cleared or made active. */
export const NEEDS_ASSESSMENT: readonly OrganisationKind[] = ["PRIVATE_COMPANY", "FOUNDATION"];

/** Within this many days of its end, an assessment is due for renewal ("needs attention"). */
export const RENEWAL_NOTICE_DAYS = 90;

export interface AssessmentFacts {
  approvedAt: Date | null;
  validUntil: Date;
  decision: DiligenceDecision;
  assessedOn: Date;
}

export type Standing = "CURRENT" | "DO_NOT_ENGAGE" | "AWAITING_APPROVAL" | "EXPIRED" | "NONE";

/** The assessment in force on `on` (approved, not past its end), newest first; and the partner's standing. */
export function standingOf<A extends AssessmentFacts>(assessments: A[], on: Date): { standing: Standing; current: A | null } {
  const newest = [...assessments].sort((a, b) => b.assessedOn.getTime() - a.assessedOn.getTime());
  const current = newest.find((a) => a.approvedAt && a.validUntil >= on) ?? null;
  if (current) return { standing: current.decision === "DO_NOT_ENGAGE" ? "DO_NOT_ENGAGE" : "CURRENT", current };
  if (newest.some((a) => !a.approvedAt)) return { standing: "AWAITING_APPROVAL", current: null };
  return { standing: newest.length ? "EXPIRED" : "NONE", current: null };
}

