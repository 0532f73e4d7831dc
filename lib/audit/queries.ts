// Reads of the audit trail.
import { db } from "@/lib/db";

/** A record's activity, newest first. Callers check that the viewer may read the record. */
export async function activityOf(entityType: string, entityId: string, take = 50) {
  return db().auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, action: true, changes: true, actor: { select: { name: true } } },
  });
}

/** Who made the latest change to a record, and when: for "changed by … at …" messages. */
export async function lastChangeOf(entityType: string, entityId: string) {
  const [event] = await activityOf(entityType, entityId, 1);
  return event ? { by: event.actor?.name ?? "the system", at: event.at } : null;
}
