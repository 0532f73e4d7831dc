// Reads of the audit trail.
import { pageOf } from "@/lib/domain/list-query";
import { db } from "@/lib/db";
import { OFFICE_OF, type AuditedKind } from "@/lib/offices/of-record";
import { can, scope, type Viewer } from "@/lib/policy";

const EVENT = { id: true, at: true, action: true, entityType: true, changes: true, reason: true, actor: { select: { name: true } } } as const;

/** A record's activity, newest first. Callers check that the viewer may read the record. */
export async function activityOf(entityType: string, entityId: string, take = 50) {
  return db().auditEvent.findMany({ where: { entityType, entityId }, orderBy: { id: "desc" }, take, select: EVENT });
}

/**
 * An agreement's activity with its money's: the commitments, instalments and receipts recorded
 * under it, so officers (who cannot open the audit log) see who recorded a receipt and when.
 * Callers check that the viewer may read the agreement and its funding.
 */
export async function agreementActivity(agreementId: string, take = 50) {
  const commitments = await db().commitment.findMany({
    where: { agreementId },
    select: { id: true, instalments: { select: { id: true, receipts: { select: { id: true } } } } },
  });
  const instalments = commitments.flatMap((c) => c.instalments);
  return db().auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Agreement", entityId: agreementId },
        { entityType: "Commitment", entityId: { in: commitments.map((c) => c.id) } },
        { entityType: "Instalment", entityId: { in: instalments.map((i) => i.id) } },
        { entityType: "Receipt", entityId: { in: instalments.flatMap((i) => i.receipts.map((r) => r.id)) } },
      ],
    },
    orderBy: { id: "desc" },
    take,
    select: EVENT,
  });
}

export const AUDIT_PAGE_SIZE = 50;
/** Every kind of record the trail names (the log's filter offers each). */
export const AUDITED_TYPES = Object.keys(OFFICE_OF) as AuditedKind[];

export interface AuditFilters {
  entityType?: AuditedKind;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

/**
 * The audit log, newest first: for administrators and managers; a manager who reads only their
 * offices' records reads their offices' events and the unit-wide ones.
 */
export async function auditLog(viewer: Viewer, filters: AuditFilters = {}) {
  if (!can(viewer, "read", "AuditLog")) return null;
  const where = {
    ...scope(viewer).auditEvent,
    ...(filters.entityType && { entityType: filters.entityType }),
    ...(filters.actorId && { actorId: filters.actorId }),
    ...(filters.action && { action: filters.action }),
    ...((filters.from || filters.to) && {
      at: { ...(filters.from && { gte: filters.from }), ...(filters.to && { lt: new Date(filters.to.getTime() + 86_400_000) }) },
    }),
  };
  const [list, actors] = await Promise.all([
    pageOf(
      filters.page ?? 1,
      AUDIT_PAGE_SIZE,
      () => db().auditEvent.count({ where }),
      (skip) =>
        db().auditEvent.findMany({
          where,
          orderBy: { id: "desc" },
          skip,
          take: AUDIT_PAGE_SIZE,
          select: { id: true, at: true, action: true, entityType: true, entityId: true, changes: true, actor: { select: { name: true } } },
        }),
    ),
    db().user.findMany({ where: { auditEvents: { some: scope(viewer).auditEvent } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { ...list, actors };
}
