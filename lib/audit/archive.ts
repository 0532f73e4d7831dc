// Archiving and restoring, the same way for every record: policy check, a version-guarded flip of
// `archived`, and its audit event in one transaction. Officers never hard-delete.
import { db } from "@/lib/db";
import { type ActionResult, denied } from "@/lib/domain/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Subject, type Viewer } from "@/lib/policy";
import { conflictSince, type RecordNoun } from "./conflict";
import { recordAudit } from "./record";
import { msg } from "@/lib/i18n/message";
import { OFFICE_OF } from "@/lib/offices/of-record";

interface Guard {
  id: string;
  version: number;
  archived: boolean;
}
type Flip = { archived: boolean; version: { increment: number } };

// Each archivable record's table, behind one shape.
const tables = {
  Agreement: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.agreement.updateMany({ where, data }),
    version: (id: string) => tx.agreement.findUnique({ where: { id }, select: { version: true } }),
  }),
  Organisation: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.organisation.updateMany({ where, data }),
    version: (id: string) => tx.organisation.findUnique({ where: { id }, select: { version: true } }),
  }),
  Meeting: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.meeting.updateMany({ where, data }),
    version: (id: string) => tx.meeting.findUnique({ where: { id }, select: { version: true } }),
  }),
  Project: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.project.updateMany({ where, data }),
    version: (id: string) => tx.project.findUnique({ where: { id }, select: { version: true } }),
  }),
  StatusReport: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.statusReport.updateMany({ where, data }),
    version: (id: string) => tx.statusReport.findUnique({ where: { id }, select: { version: true } }),
  }),
  Document: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.document.updateMany({ where, data }),
    version: (id: string) => tx.document.findUnique({ where: { id }, select: { version: true } }),
  }),
  Commitment: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.commitment.updateMany({ where, data }),
    version: (id: string) => tx.commitment.findUnique({ where: { id }, select: { version: true } }),
  }),
  Instalment: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.instalment.updateMany({ where, data }),
    version: (id: string) => tx.instalment.findUnique({ where: { id }, select: { version: true } }),
  }),
  Receipt: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.receipt.updateMany({ where, data }),
    version: (id: string) => tx.receipt.findUnique({ where: { id }, select: { version: true } }),
  }),
  Result: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.result.updateMany({ where, data }),
    version: (id: string) => tx.result.findUnique({ where: { id }, select: { version: true } }),
  }),
  Indicator: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.indicator.updateMany({ where, data }),
    version: (id: string) => tx.indicator.findUnique({ where: { id }, select: { version: true } }),
  }),
  Opportunity: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.opportunity.updateMany({ where, data }),
    version: (id: string) => tx.opportunity.findUnique({ where: { id }, select: { version: true } }),
  }),
  ReportingRequirement: (tx: Prisma.TransactionClient) => ({
    flip: (where: Guard, data: Flip) => tx.reportingRequirement.updateMany({ where, data }),
    version: (id: string) => tx.reportingRequirement.findUnique({ where: { id }, select: { version: true } }),
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
  const officeId = await OFFICE_OF[subject](db(), id);
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
