// The audit trail: who changed what, when, with each field's before and after. Written in the
// same transaction as the change it describes, so one never exists without the other.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/policy";
import { OFFICE_OF, type AuditedKind } from "@/lib/offices/of-record";

/** A field's value as the audit trail keeps it: plain, comparable JSON. */
export type AuditValue = string | number | boolean | null | string[];
export type AuditSnapshot = Record<string, AuditValue>;
export type FieldChanges = Record<string, [AuditValue, AuditValue]>;

export type AuditAction = "create" | "update" | "archive" | "restore";

/** The fields whose value differs between two snapshots, as [before, after]. */
export function changedFields(before: AuditSnapshot | null, after: AuditSnapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    const was = before?.[field] ?? null;
    const now = after[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[field] = [was, now];
  }
  return changes;
}

export async function recordAudit(
  tx: Prisma.TransactionClient,
  event: {
    actor: Pick<Viewer, "userId">;
    action: AuditAction;
    entityType: AuditedKind;
    entityId: string;
    changes: FieldChanges;
    /** Why, when the record was not edited directly: "by amendment 2". */
    reason?: string;
  },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor.userId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      changes: event.changes,
      reason: event.reason,
      // Where the record is now, after the change (a move: the office it went to).
      officeId: (await OFFICE_OF[event.entityType](tx, event.entityId)) ?? null,
    },
  });
}
