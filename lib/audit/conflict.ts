// The refusal of a save over a newer version (optimistic concurrency): who changed the record,
// when, and what, read from the audit trail of the versions since the editor's.
import { db } from "@/lib/db";
import type { ActionResult, Conflict } from "@/lib/domain/action-result";
import { msg } from "@/lib/i18n/message";

/** What a refusal calls the record: the catalogues' messages select on it (recordGone, changedMeanwhile). */
export type RecordNoun =
  | "account"
  | "actionItem"
  | "agreement"
  | "assessment"
  | "commitment"
  | "document"
  | "exchangeRate"
  | "field"
  | "indicator"
  | "instalment"
  | "match"
  | "meeting"
  | "office"
  | "opportunity"
  | "partner"
  | "project"
  | "receipt"
  | "report"
  | "requirement"
  | "result"
  | "statusReport";

export async function conflictSince(
  entityType: string,
  id: string,
  readVersion: number,
  currentVersion: number | null,
  noun: RecordNoun,
): Promise<ActionResult<never>> {
  if (currentVersion === null) return { ok: false, message: msg("problems.recordGone", { noun }) };
  const events = await db().auditEvent.findMany({
    where: { entityType, entityId: id },
    orderBy: { id: "desc" },
    take: Math.max(1, currentVersion - readVersion),
    include: { actor: { select: { name: true } } },
  });
  const changes: Conflict["changes"] = {};
  for (const event of [...events].reverse()) {
    for (const [field, [before, after]] of Object.entries((event.changes ?? {}) as Record<string, [unknown, unknown]>)) {
      changes[field] = [field in changes ? changes[field][0] : before, after];
    }
  }
  const latest = events[0];
  const conflict: Conflict = { by: latest?.actor?.name ?? "someone else", at: (latest?.at ?? new Date()).toISOString(), changes };
  return {
    ok: false,
    message: msg("problems.changedMeanwhile", { noun, by: conflict.by, at: { moment: new Date(conflict.at) } }),
    conflict,
  };
}
