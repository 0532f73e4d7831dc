// Reads of the audit trail.
import { pageOf } from "@/lib/domain/list-query";
import { db } from "@/lib/db";
import { can, type Viewer } from "@/lib/policy";

/** A record's activity, newest first. Callers check that the viewer may read the record. */
export async function activityOf(entityType: string, entityId: string, take = 50) {
  return db().auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, action: true, changes: true, reason: true, actor: { select: { name: true } } },
  });
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDITED_TYPES = [
  "Agreement",
  "Organisation",
  "Meeting",
  "ActionItem",
  "Project",
  "StatusReport",
  "Result",
  "Indicator",
  "ReportingRequirement",
  "PartnerReport",
  "Document",
  "Commitment",
  "Instalment",
  "Receipt",
  "Theme",
  "Setting",
  "Database",
] as const;

export interface AuditFilters {
  entityType?: (typeof AUDITED_TYPES)[number];
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

/** The unit-wide audit log, newest first: for administrators and managers. */
export async function auditLog(viewer: Viewer, filters: AuditFilters = {}) {
  if (!can(viewer, "read", "AuditLog")) return null;
  const where = {
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
    db().user.findMany({ where: { auditEvents: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { ...list, actors };
}
