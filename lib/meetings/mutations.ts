// Writes to meetings, with their participants and action items: policy check, the form's schema,
// and the change with its audit event in one transaction, guarded by the version the editor read.
import { agreementOffice, meetingOffice } from "@/lib/offices/of-record";
import { officeProblem } from "@/lib/offices/queries";
import { setArchived } from "@/lib/audit/archive";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { actionItemStatuses, meetingKinds, meetingStatuses } from "@/lib/domain/codelists";
import { isoDate } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import { meetingSchema, type MeetingFormValues, type MeetingInput } from "./schema";
import { msg } from "@/lib/i18n/message";
import { parseWithCustomFields } from "@/lib/custom-fields/queries";
import { auditValues, customData, type FieldDefinition, type StoredValues } from "@/lib/custom-fields/values";

const ENTITY = "Meeting";

async function snapshot(tx: Prisma.TransactionClient, id: string, fields: readonly FieldDefinition[]): Promise<AuditSnapshot> {
  const m = await tx.meeting.findUniqueOrThrow({
    where: { id },
    include: {
      participants: { orderBy: { name: "asc" } },
      actionItems: { where: { archived: false }, orderBy: { createdAt: "asc" }, include: { ownerOrganisation: { select: { name: true } } } },
      office: { select: { name: true } },
    },
  });
  return {
    kind: meetingKinds[m.kind].label,
    title: m.title,
    heldOn: isoDate(m.heldOn),
    status: meetingStatuses[m.status].label,
    location: m.location,
    office: m.office?.name ?? null,
    online: m.online,
    agenda: m.agenda,
    minutes: m.minutes,
    decisions: m.decisions,
    minutesShared: m.minutesShared,
    participants: m.participants.map((p) => p.name),
    actionItems: m.actionItems.map((a) =>
      [a.description, a.ownerOrganisation?.name, isoDate(a.dueOn), actionItemStatuses[a.status].label].filter(Boolean).join(" — "),
    ),
    archived: m.archived,
    ...auditValues(fields, m.customValues),
  };
}

/** The form's checks that need the database: the agreement, the owners (its parties) and projects. */
async function referenceErrors(input: MeetingInput, keptOfficeId?: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const office = await officeProblem(input.officeId, keptOfficeId);
  if (office) errors.officeId = office;
  const agreement = await db().agreement.findFirst({
    where: { id: input.agreementId, archived: false },
    select: { parties: { select: { organisationId: true } } },
  });
  if (!agreement) return { agreementId: msg("problems.agreementMissing") };
  const parties = new Set(agreement.parties.map((p) => p.organisationId));
  const projectIds = [...new Set(input.actionItems.flatMap((a) => (a.projectId ? [a.projectId] : [])))];
  const projects = new Set(
    (await db().project.findMany({ where: { id: { in: projectIds }, archived: false }, select: { id: true } })).map((p) => p.id),
  );
  input.actionItems.forEach((item, i) => {
    if (item.ownerOrganisationId && !parties.has(item.ownerOrganisationId)) {
      errors[`actionItems.${i}.ownerOrganisationId`] = msg("problems.chooseOneAgreementsParties2");
    }
    if (item.projectId && !projects.has(item.projectId)) errors[`actionItems.${i}.projectId`] = msg("problems.chooseExistingProject");
  });
  return errors;
}

async function parse(values: MeetingFormValues, keptOfficeId?: string) {
  const parsed = await parseWithCustomFields("MEETING", meetingSchema, values);
  if (!parsed.ok) return { errors: fieldErrorsOf(parsed.error) } as const;
  const errors = await referenceErrors(parsed.data, keptOfficeId);
  return Object.keys(errors).length ? ({ errors } as const) : ({ input: parsed.data } as const);
}

/** Participants are part of the meeting's text; action items are records: kept, added or archived. */
async function saveChildren(tx: Prisma.TransactionClient, meetingId: string, input: MeetingInput) {
  await tx.meetingParticipant.deleteMany({ where: { meetingId } });
  await tx.meetingParticipant.createMany({ data: input.participants.map((name) => ({ meetingId, name })) });
  const kept = input.actionItems.flatMap((a) => (a.id ? [a.id] : []));
  await tx.actionItem.updateMany({
    where: { meetingId, archived: false, id: { notIn: kept } },
    data: { archived: true, version: { increment: 1 } },
  });
  for (const { id, ...fields } of input.actionItems) {
    if (id) await tx.actionItem.updateMany({ where: { id, meetingId }, data: { ...fields, archived: false, version: { increment: 1 } } });
    else await tx.actionItem.create({ data: { ...fields, meetingId } });
  }
}

function meetingFields(input: MeetingInput & { custom: StoredValues; fields: readonly FieldDefinition[] }) {
  const { participants, actionItems, agreementId, custom, fields: customFields, ...fields } = input;
  return { fields, agreementId, custom, customFields, children: { participants, actionItems } };
}

export async function createMeeting(viewer: Viewer, values: MeetingFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.mayNotRecordMeetings"));
  if (!can(viewer, "create", ENTITY, await agreementOffice(String(values.agreementId ?? "")))) return denied(msg("problems.notYourOffice"));
  const parsed = await parse(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { fields, agreementId, custom, customFields } = meetingFields(parsed.input);
  // Held by another office: recorded for it too.
  if (fields.officeId && !can(viewer, "create", ENTITY, { officeId: fields.officeId })) return denied(msg("problems.notYourOffice"));
  const id = await db().$transaction(async (tx) => {
    const created = await tx.meeting.create({ data: { ...fields, agreementId, ...customData(customFields, {}, custom) } });
    await saveChildren(tx, created.id, { ...parsed.input, actionItems: parsed.input.actionItems.map((a) => ({ ...a, id: null })) });
    await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: created.id, changes: changedFields(null, await snapshot(tx, created.id, customFields)) });
    return created.id;
  });
  return { ok: true, id };
}

export async function updateMeeting(viewer: Viewer, id: string, readVersion: number, values: MeetingFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.mayNotChangeMeetings"));
  const current = await db().meeting.findUnique({ where: { id }, select: { version: true, archived: true, agreementId: true, officeId: true } });
  if (!current) return refused(msg("problems.meetingGone"));
  if (!can(viewer, "update", ENTITY, await meetingOffice(id))) return denied(msg("problems.notYourOffice"));
  if (current.archived) return refused(msg("problems.meetingArchivedRestoreBefore"));
  if (current.version !== readVersion) return conflictSince(ENTITY, id, readVersion, current.version, "meeting");
  // A meeting stays with its agreement.
  const parsed = await parse({ ...values, agreementId: current.agreementId }, current.officeId ?? undefined);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { fields, custom, customFields } = meetingFields(parsed.input);
  // Given to another office: an edit there too.
  if (fields.officeId && fields.officeId !== current.officeId && !can(viewer, "update", ENTITY, { officeId: fields.officeId })) return denied(msg("problems.notYourOffice"));
  const saved = await db().$transaction(async (tx) => {
    const before = await snapshot(tx, id, customFields);
    const stored = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { customValues: true } });
    const { count } = await tx.meeting.updateMany({ where: { id, version: readVersion, archived: false }, data: { ...fields, ...customData(customFields, stored.customValues, custom), version: { increment: 1 } } });
    if (count === 0) return false;
    await saveChildren(tx, id, parsed.input);
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, id, customFields)) });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await db().meeting.findUnique({ where: { id }, select: { version: true } });
  return conflictSince(ENTITY, id, readVersion, latest?.version ?? null, "meeting");
}

export function setMeetingArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, ENTITY, "meeting", id, readVersion, archived);
}
