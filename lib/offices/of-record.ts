// The office a record belongs to, as `can` needs it (RecordFacts.officeId): an agreement's own; a
// meeting's own, else its agreement's; a project's own; and the parts of each (money, minutes,
// reports) their parent's. No such record: no facts, so the policy answers for the kind of record
// and the write refuses the missing record itself.
import { db } from "@/lib/db";
import type { RecordFacts } from "@/lib/policy";

const facts = (officeId: string | null | undefined): RecordFacts | undefined => (officeId ? { officeId } : undefined);

export async function agreementOffice(id: string): Promise<RecordFacts | undefined> {
  return facts((await db().agreement.findUnique({ where: { id }, select: { officeId: true } }))?.officeId);
}

export async function meetingOffice(id: string): Promise<RecordFacts | undefined> {
  const meeting = await db().meeting.findUnique({ where: { id }, select: { officeId: true, agreement: { select: { officeId: true } } } });
  return facts(meeting?.officeId ?? meetingAgreementOffice(meeting));
}

export async function projectOffice(id: string): Promise<RecordFacts | undefined> {
  return facts((await db().project.findUnique({ where: { id }, select: { officeId: true } }))?.officeId);
}

export async function opportunityOffice(id: string): Promise<RecordFacts | undefined> {
  return facts((await db().opportunity.findUnique({ where: { id }, select: { officeId: true } }))?.officeId);
}

/** A meeting's office from a read that selected `officeId` and its agreement's. */
export const meetingAgreementOffice = (meeting: { officeId: string | null; agreement: { officeId: string } } | null | undefined) =>
  meeting ? (meeting.officeId ?? meeting.agreement.officeId) : undefined;
