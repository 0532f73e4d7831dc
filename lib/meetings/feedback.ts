// Partners' answers on their portal: acknowledging a meeting's shared minutes (once per
// organisation) and commenting on the action items that concern them. Staff read both and may
// reply to comments. Decisions are the policy's, from the record's facts.
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { requiredText } from "@/lib/domain/validation";
import { can, type Viewer } from "@/lib/policy";

const commentBody = requiredText(2000, "Write a comment.");

const NOT_FOUND = "This is not there any more, or not yours to see.";

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
  if (!can(viewer, "create", "Acknowledgement", facts!)) return denied("Only a partner of the agreement acknowledges minutes, once they are shared.");
  // Once per organisation: a second acknowledgement (by a colleague, or a double click) changes nothing.
  await db().minutesAcknowledgement.createMany({ data: [{ meetingId, organisationId: viewer.organisationId!, userId: viewer.userId }], skipDuplicates: true });
  return { ok: true, id: meetingId };
}

export async function commentOnActionItem(viewer: Viewer, actionItemId: string, body: string): Promise<ActionResult> {
  const item = await db().actionItem.findUnique({
    where: { id: actionItemId },
    select: {
      archived: true,
      ownerOrganisationId: true,
      meeting: { select: { archived: true, agreement: { select: { archived: true, parties: { select: { organisationId: true } } } } } },
    },
  });
  const facts = item && {
    archived: item.archived || item.meeting.archived || item.meeting.agreement.archived,
    partyOrganisationIds: item.meeting.agreement.parties.map((p) => p.organisationId),
    ownerOrganisationId: item.ownerOrganisationId,
  };
  if (!item || !can(viewer, "read", "ActionItem", facts!)) return denied(NOT_FOUND);
  if (!can(viewer, "create", "Comment", facts!)) return denied("You may not comment on this action item.");
  if (facts!.archived) return refused("This action item is archived.");
  const parsed = commentBody.safeParse(body);
  if (!parsed.success) return refused(FIX_FIELDS, { body: parsed.error.issues[0].message });
  const comment = await db().actionItemComment.create({ data: { actionItemId, authorId: viewer.userId, body: parsed.data } });
  return { ok: true, id: comment.id };
}
