// Clearance before signature: an officer submits a draft agreement; a manager (or an
// administrator) clears it or returns it with a comment. Each step moves the agreement's version,
// is audited, and is notified in the app and by email (through the outbox, in the same
// transaction). Only a cleared agreement can become active (lib/agreements/mutations.ts).
import { agreementOffice } from "@/lib/offices/of-record";
import { conflictSince } from "@/lib/audit/conflict";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { engagementBlocks } from "@/lib/diligence/blocks";
import { clearanceStates } from "@/lib/domain/codelists";
import { optionalText } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClearanceState } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { can, type Viewer } from "@/lib/policy";
import { msg } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

const comment = optionalText(2000);

/** Moves the clearance from one of `from` to `to` at the version the viewer read, with its audit event and notices. */
async function move(
  viewer: Viewer,
  agreementId: string,
  readVersion: number,
  from: ClearanceState[],
  to: ClearanceState,
  note: string | null,
  recipients: (agreement: { title: string; responsibleOfficerId: string | null }, tx: Prisma.TransactionClient) => Promise<string[]>,
): Promise<ActionResult> {
  const agreement = await db().agreement.findUnique({ where: { id: agreementId }, select: { version: true, archived: true, status: true, clearance: true } });
  if (!agreement) return refused(msg("problems.agreementGone"));
  if (agreement.archived) return refused(msg("problems.agreementArchived"));
  if (agreement.version !== readVersion) return conflictSince("Agreement", agreementId, readVersion, agreement.version, "agreement");
  if (!["DRAFT", "UNDER_NEGOTIATION"].includes(agreement.status)) return refused(msg("problems.onlyDraftAgreementUnder"));
  if (!from.includes(agreement.clearance)) return refused(msg("problems.clearanceIsNow", { state: { code: ["clearanceStates", agreement.clearance], lower: true } }));
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: agreementId, version: readVersion, clearance: { in: from } },
      data: { clearance: to, clearanceComment: note, version: { increment: 1 } },
    });
    if (count === 0) return false;
    const changes: Record<string, [string | null, string | null]> = { clearance: [clearanceStates[agreement.clearance].label, clearanceStates[to].label] };
    if (note) changes.clearanceComment = [null, note];
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "Agreement", entityId: agreementId, changes });
    const current = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: { title: true, responsibleOfficerId: true } });
    await notify(tx, await recipients(current, tx), {
      key: `clearance:${agreementId}:${readVersion + 1}`,
      kind: "clearance",
      title: msg("notices.clearance", { title: current.title, to, by: viewer.name, note: note ?? "", hasNote: note ? "yes" : "no" }),
      href: `/agreements/${agreementId}`,
    });
    return true;
  });
  if (saved) return { ok: true, id: agreementId };
  const latest = await db().agreement.findUnique({ where: { id: agreementId }, select: { version: true } });
  return conflictSince("Agreement", agreementId, readVersion, latest?.version ?? null, "agreement");
}

/** Managers and administrators, who decide. */
const deciders = async (_: unknown, tx: Prisma.TransactionClient) =>
  (await tx.user.findMany({ where: { active: true, role: { in: ["MANAGER", "ADMIN"] } }, select: { id: true } })).map((u) => u.id);

/** The responsible officer, and whoever submitted it (from the audit trail). */
async function officers(agreement: { responsibleOfficerId: string | null }, tx: Prisma.TransactionClient, agreementId: string) {
  const submitted = await tx.auditEvent.findFirst({
    where: { entityType: "Agreement", entityId: agreementId, changes: { path: ["clearance", "1"], equals: clearanceStates.SUBMITTED.label } },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  return [agreement.responsibleOfficerId, submitted?.actorId].filter((id): id is string => Boolean(id));
}

export async function submitForClearance(viewer: Viewer, agreementId: string, readVersion: number): Promise<ActionResult> {
  if (!can(viewer, "create", "Clearance", await agreementOffice(agreementId))) return denied(msg("problems.mayNotSubmitAgreements"));
  return move(viewer, agreementId, readVersion, ["NOT_SUBMITTED", "RETURNED"], "SUBMITTED", null, deciders);
}

export async function decideClearance(viewer: Viewer, agreementId: string, readVersion: number, decision: "clear" | "return", note: string): Promise<ActionResult> {
  if (!can(viewer, "update", "Clearance", await agreementOffice(agreementId))) return denied(msg("problems.onlyManagerAdministratorClears"));
  const parsed = comment.safeParse(note);
  if (!parsed.success) return refused(FIX_FIELDS, { comment: firstProblem(parsed.error) });
  if (decision === "return" && !parsed.data) return refused(FIX_FIELDS, { comment: msg("problems.sayWhyReturnedSo") });
  if (decision === "clear") {
    const parties = await db().agreementParty.findMany({ where: { agreementId }, select: { organisationId: true } });
    const blocks = await engagementBlocks(parties.map((p) => p.organisationId));
    if (blocks.length) return refused(msg("problems.cannotClearYet", { blocks: { texts: blocks } }));
  }
  return move(viewer, agreementId, readVersion, ["SUBMITTED"], decision === "clear" ? "CLEARED" : "RETURNED", parsed.data, (agreement, tx) => officers(agreement, tx, agreementId));
}
