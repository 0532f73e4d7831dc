// Which status an agreement may move to from which. An expired or terminated agreement stays
// so: it is continued by a new agreement that renews it (Agreement.renewedBy).
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

/** Every status, in lifecycle order: a new agreement may start in any (an old MOU may be recorded as expired). */
export const AGREEMENT_STATUSES: AgreementStatus[] = ["DRAFT", "UNDER_NEGOTIATION", "ACTIVE", "EXPIRED", "TERMINATED"];

export const STATUS_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ["UNDER_NEGOTIATION", "ACTIVE", "TERMINATED"],
  UNDER_NEGOTIATION: ["DRAFT", "ACTIVE", "TERMINATED"],
  ACTIVE: ["EXPIRED", "TERMINATED"],
  EXPIRED: [],
  TERMINATED: [],
};

export function mayMoveStatus(from: AgreementStatus, to: AgreementStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses an agreement in `from` may be saved with, itself first. */
export function nextStatuses(from: AgreementStatus): AgreementStatus[] {
  return [from, ...STATUS_TRANSITIONS[from]];
}

/**
 * The status to show: an agreement still marked active after its expiry date has, in fact,
 * expired. Until an officer records it, lists and pages show it as expired.
 */
export function displayedStatus(status: AgreementStatus, expiresOn: Date | null, on: Date): AgreementStatus {
  return status === "ACTIVE" && expiresOn !== null && expiresOn < on ? "EXPIRED" : status;
}
