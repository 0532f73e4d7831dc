// Partners' answers on their portal: acknowledging a meeting's shared minutes (once per
// organisation), commenting on the action items that concern them, and marking the ones their
// organisation owns in progress or done. Staff read all of it, reply, and may reopen an item with
// a comment. Decisions are the policy's, from the record's facts; status changes are
// version-guarded, audited and notified.
import { meetingAgreementOffice } from "@/lib/offices/of-record";
import { conflictSince } from "@/lib/audit/conflict";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { actionItemStatuses } from "@/lib/domain/codelists";
import { partnerActionItemStatuses } from "@/lib/domain/codes";
import { optionalText, requiredText } from "@/lib/domain/validation";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { notify, partnerUserIds, responsibleOrAdmins } from "@/lib/notifications/notify";
import { can, type Viewer } from "@/lib/policy";
import { msg, type MessageValue } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

const commentBody = requiredText(2000, "problems.writeComment");

const NOT_FOUND = msg("problems.notThere");

export async function acknowledgeMinutes(viewer: Viewer, meetingId: string): Promise<ActionResult> {
  const meeting = await db().meeting.findUnique({
    where: { id: meetingId },
    select: { archived: true, minutesShared: true, minutes: true, agreement: { select: { archived: true, parties: { select: { organisationId: true } } } } },
  });
  const facts = meeting && {
    archived: meeting.archived || meeting.agreement.archived,
    partyOrganisationIds: meeting.agreement.parties.map((p) => p.organisationId),
    sharedWithPartners: meeting.minutesShared && Boolean(meeting.minutes),
  };
  if (!meeting || !can(viewer, "read", "Meeting", facts!)) return denied(NOT_FOUND);
  if (!can(viewer, "create", "Acknowledgement", facts!)) return denied(msg("problems.onlyPartnerAgreementAcknowledges"));
  // Once per organisation: a second acknowledgement (by a colleague, or a double click) changes nothing.
  await db().minutesAcknowledgement.createMany({ data: [{ meetingId, organisationId: viewer.organisationId!, userId: viewer.userId }], skipDuplicates: true });
  return { ok: true, id: meetingId };
}

async function actionItemWithFacts(actionItemId: string) {
  const item = await db().actionItem.findUnique({
    where: { id: actionItemId },
    select: {
      archived: true,
      version: true,
      status: true,
      description: true,
      ownerUserId: true,
      ownerOrganisationId: true,
      meeting: { select: { id: true, archived: true, officeId: true, agreement: { select: { archived: true, officeId: true, responsibleOfficerId: true, parties: { select: { organisationId: true } } } } } },
    },
  });
  if (!item) return null;
  const facts = {
    archived: item.archived || item.meeting.archived || item.meeting.agreement.archived,
    partyOrganisationIds: item.meeting.agreement.parties.map((p) => p.organisationId),
    ownerOrganisationId: item.ownerOrganisationId,
    officeId: meetingAgreementOffice(item.meeting),
  };
  return { item, facts };
}

type ActionItemFacts = NonNullable<Awaited<ReturnType<typeof actionItemWithFacts>>>["facts"];

export async function commentOnActionItem(viewer: Viewer, actionItemId: string, body: string): Promise<ActionResult> {
  const found = await actionItemWithFacts(actionItemId);
  if (!found || !can(viewer, "read", "ActionItem", found.facts)) return denied(NOT_FOUND);
  return addComment(viewer, actionItemId, found.facts, body, "body");
}

/** A comment on an item the viewer may read, its error under `field` (the form's name for it). */
async function addComment(viewer: Viewer, actionItemId: string, facts: ActionItemFacts, body: string, field: string): Promise<ActionResult> {
  if (!can(viewer, "create", "Comment", facts)) return denied(msg("problems.mayNotCommentOn"));
  if (facts.archived) return refused(msg("problems.actionItemArchived"));
  const parsed = commentBody.safeParse(body);
  if (!parsed.success) return refused(FIX_FIELDS, { [field]: firstProblem(parsed.error) });
  const comment = await db().actionItemComment.create({ data: { actionItemId, authorId: viewer.userId, body: parsed.data } });
  return { ok: true, id: comment.id };
}


/**
 * Changes an action item's status with a note, at the version the form read: partners mark the
 * items their organisation owns in progress or done (the note optional), or, choosing no new
 * status, comment on them (the note required); staff reopen one (the comment required). The
 * comment, the status and the audit event land together, and the other side is told.
 */
export async function setActionItemProgress(viewer: Viewer, actionItemId: string, readVersion: number, status: string, note: string): Promise<ActionResult> {
  const found = await actionItemWithFacts(actionItemId);
  if (!found || !can(viewer, "read", "ActionItem", found.facts)) return denied(NOT_FOUND);
  if (!can(viewer, "update", "ActionItem", found.facts)) return denied(msg("problems.mayNotChangeAction"));
  const { item, facts } = found;
  if (facts.archived) return refused(msg("problems.actionItemArchived"));
  const isPartner = viewer.role === "PARTNER";
  if (isPartner && (status === "" || status === item.status)) {
    // The partner's one form per item: no new status makes it a comment, which then needs words
    // (a done item marked done again added a second comment saying so before).
    if (!note.trim()) return refused(FIX_FIELDS, { note: msg("problems.writeNoteChooseNew") });
    return addComment(viewer, actionItemId, facts, note, "note");
  }
  const allowed: readonly string[] = isPartner ? partnerActionItemStatuses : ["OPEN"];
  if (!allowed.includes(status)) return refused(FIX_FIELDS, { status: isPartner ? msg("problems.chooseInProgressDone") : msg("problems.staffReopenItemsHere") });
  const parsed = (isPartner ? optionalText(2000) : requiredText(2000, "problems.sayWhyReopenedSo")).safeParse(note);
  if (!parsed.success) return refused(FIX_FIELDS, { note: firstProblem(parsed.error) });
  if (!isPartner && item.status === "OPEN") return refused(msg("problems.actionItemOpenAlready"));
  if (item.version !== readVersion) return conflictSince("ActionItem", actionItemId, readVersion, item.version, "actionItem");
  const next = status as ActionItemStatus;
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.actionItem.updateMany({ where: { id: actionItemId, version: readVersion, archived: false }, data: { status: next, version: { increment: 1 } } });
    if (count === 0) return false;
    // The meeting's form saves its items' statuses too: moving the meeting's version makes an
    // officer's form opened before this change refuse to save over it, instead of undoing it.
    await tx.meeting.update({ where: { id: item.meeting.id }, data: { version: { increment: 1 } } });
    // Without a note the comment is its status alone, shown in each reader's language.
    await tx.actionItemComment.create({ data: { actionItemId, authorId: viewer.userId, body: parsed.data ?? "", status: next } });
    await recordAudit(tx, {
      actor: viewer,
      action: "update",
      entityType: "ActionItem",
      entityId: actionItemId,
      changes: { status: [actionItemStatuses[item.status].label, actionItemStatuses[next].label], note: [null, parsed.data] },
    });
    const marked: Record<string, MessageValue> = { item: item.description.slice(0, 80), status: { code: ["actionItemStatuses", next], lower: true }, by: viewer.name };
    const key = `action-item:${actionItemId}:${readVersion + 1}`;
    if (isPartner) {
      const officers = item.ownerUserId ? [item.ownerUserId] : await responsibleOrAdmins(tx, item.meeting.agreement.responsibleOfficerId);
      await notify(tx, officers, { key, kind: "action-item", title: msg("notices.actionItem", { ...marked, note: parsed.data ?? "", hasNote: "no" }), href: `/meetings/${item.meeting.id}` });
    } else if (item.ownerOrganisationId) {
      await notify(tx, await partnerUserIds(tx, item.ownerOrganisationId), {
        key,
        kind: "action-item",
        title: msg("notices.actionItem", { ...marked, note: parsed.data ?? "", hasNote: "yes" }),
        href: `/portal/meetings/${item.meeting.id}`,
      });
    }
    return true;
  });
  if (saved) return { ok: true, id: item.meeting.id };
  const latest = await db().actionItem.findUnique({ where: { id: actionItemId }, select: { version: true } });
  return conflictSince("ActionItem", actionItemId, readVersion, latest?.version ?? null, "actionItem");
}
