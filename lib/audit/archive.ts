// Archiving and restoring, the same way for every record: policy check, a version-guarded flip of
// `archived`, and its audit event in one transaction. Officers never hard-delete.
import { db } from "@/lib/db";
import { type ActionResult, denied } from "@/lib/domain/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Subject, type Viewer } from "@/lib/policy";
import { conflictSince, type RecordNoun } from "./conflict";
import { recordAudit } from "./record";
import { msg } from "@/lib/i18n/message";
import { meetingAgreementOffice } from "@/lib/offices/of-record";

interface Guard {
  id: string;
  version: number;
  archived: boolean;
}
type Flip = { archived: boolean; version: { increment: number } };

/** A document's office: its parent's (an agreement, a meeting, a project, an amendment, a partner's report or an opportunity). */
export async function documentOffice(tx: Prisma.TransactionClient, id: string) {
  const office = { select: { officeId: true } } as const;
  const d = await tx.document.findUnique({
    where: { id },
    select: {
      agreement: office,
      meeting: { select: { officeId: true, agreement: office } },
      project: office,
      amendment: { select: { agreement: office } },
      report: { select: { project: office } },
      opportunity: office,
    },
  });
  return d && (d.agreement?.officeId ?? meetingAgreementOffice(d.meeting) ?? d.project?.officeId ?? d.amendment?.agreement.officeId ?? d.report?.project.officeId ?? d.opportunity?.officeId);
}

// Each archivable record's table, behind one shape.
const tables = {
  Agreement: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.agreement.updateMany({ where, data }),
    version: (id: string) => tx.agreement.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.agreement.findUnique({ where: { id }, select: { officeId: true } }).then((r) => r?.officeId),
  }),
  Organisation: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.organisation.updateMany({ where, data }),
    version: (id: string) => tx.organisation.findUnique({ where: { id }, select: { version: true } }),
    /** Partners belong to no office. */
    office: (): Promise<string | null | undefined> => Promise.resolve(undefined),
  }),
  Meeting: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.meeting.updateMany({ where, data }),
    version: (id: string) => tx.meeting.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.meeting.findUnique({ where: { id }, select: { officeId: true, agreement: { select: { officeId: true } } } }).then(meetingAgreementOffice),
  }),
  Project: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.project.updateMany({ where, data }),
    version: (id: string) => tx.project.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.project.findUnique({ where: { id }, select: { officeId: true } }).then((r) => r?.officeId),
  }),
  StatusReport: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.statusReport.updateMany({ where, data }),
    version: (id: string) => tx.statusReport.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.statusReport.findUnique({ where: { id }, select: { project: { select: { officeId: true } } } }).then((r) => r?.project.officeId),
  }),
  Document: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.document.updateMany({ where, data }),
    version: (id: string) => tx.document.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => documentOffice(tx, id),
  }),
  Commitment: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.commitment.updateMany({ where, data }),
    version: (id: string) => tx.commitment.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.commitment.findUnique({ where: { id }, select: { agreement: { select: { officeId: true } } } }).then((r) => r?.agreement.officeId),
  }),
  Instalment: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.instalment.updateMany({ where, data }),
    version: (id: string) => tx.instalment.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.instalment.findUnique({ where: { id }, select: { commitment: { select: { agreement: { select: { officeId: true } } } } } }).then((r) => r?.commitment.agreement.officeId),
  }),
  Receipt: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.receipt.updateMany({ where, data }),
    version: (id: string) => tx.receipt.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.receipt.findUnique({ where: { id }, select: { instalment: { select: { commitment: { select: { agreement: { select: { officeId: true } } } } } } } }).then((r) => r?.instalment.commitment.agreement.officeId),
  }),
  Result: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.result.updateMany({ where, data }),
    version: (id: string) => tx.result.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.result.findUnique({ where: { id }, select: { project: { select: { officeId: true } } } }).then((r) => r?.project.officeId),
  }),
  Indicator: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.indicator.updateMany({ where, data }),
    version: (id: string) => tx.indicator.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.indicator.findUnique({ where: { id }, select: { result: { select: { project: { select: { officeId: true } } } } } }).then((r) => r?.result.project.officeId),
  }),
  Opportunity: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.opportunity.updateMany({ where, data }),
    version: (id: string) => tx.opportunity.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.opportunity.findUnique({ where: { id }, select: { officeId: true } }).then((r) => r?.officeId),
  }),
  ReportingRequirement: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.reportingRequirement.updateMany({ where, data }),
    version: (id: string) => tx.reportingRequirement.findUnique({ where: { id }, select: { version: true } }),
    /** The office the record belongs to (RecordFacts.officeId). */
    office: (id: string): Promise<string | null | undefined> => tx.reportingRequirement.findUnique({ where: { id }, select: { project: { select: { officeId: true } } } }).then((r) => r?.project.officeId),
  }),
} satisfies Partial<Record<Subject, unknown>>;

export type ArchivableSubject = keyof typeof tables;

export async function setArchived(
  viewer: Viewer,
  subject: ArchivableSubject,
  noun: RecordNoun,
  id: string,
  readVersion: number,
  archived: boolean,
): Promise<ActionResult> {
  const action = archived ? "archive" : "restore";
  const officeId = await tables[subject](db()).office(id);
  if (!can(viewer, action, subject, officeId ? { officeId } : undefined)) return denied(msg("problems.mayNotArchive", { action, noun }));
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tables[subject](tx).flip({ id, version: readVersion, archived: !archived }, { archived, version: { increment: 1 } });
    if (count === 0) return false;
    await recordAudit(tx, { actor: viewer, action, entityType: subject, entityId: id, changes: { archived: [!archived, archived] } });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await tables[subject](db()).version(id);
  return conflictSince(subject, id, readVersion, latest?.version ?? null, noun);
}
