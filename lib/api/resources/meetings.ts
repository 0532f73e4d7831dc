// GET /api/v1/meetings: meetings with their action items. A partner's token sees the meetings of
// its own agreements, their minutes only when shared, and only the action items its organisation owns.
import { z } from "zod";
import { customFieldsItem, customValuesFor } from "@/lib/custom-fields/api";
import { db } from "@/lib/db";
import { ActionItemStatus, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { meetingWhere } from "@/lib/meetings/queries";
import { scope } from "@/lib/policy";
import { endpoint } from "../endpoint";
import { after, day, dayParam, id, idParam, timestamp, toDay, toDayOrNull } from "./fields";

const item = z.object({
  id,
  agreement: z.object({ id, reference: z.string(), title: z.string() }),
  title: z.string(),
  kind: z.enum(MeetingKind),
  status: z.enum(MeetingStatus),
  held_on: day,
  location: z.string().nullable(),
  online: z.boolean(),
  minutes_shared: z.boolean(),
  minutes: z.string().nullable().describe("null when there are none, or (for partners) when they are not shared."),
  decisions: z.string().nullable(),
  action_items: z.array(
    z.object({
      id,
      description: z.string(),
      owner_organisation_id: id.nullable(),
      due_on: day.nullable(),
      status: z.enum(ActionItemStatus),
      project_id: id.nullable(),
    }),
  ),
  custom_fields: customFieldsItem,
  updated_at: timestamp,
});

export const meetings = endpoint({
  path: "/meetings",
  name: "Meeting",
  summary: "Meetings with their action items",
  description: "Meetings in id order. A partner's token sees its own agreements' meetings, minutes only when shared with partners, and the action items its organisation owns.",
  query: z.object({
    q: z.string().trim().min(1).max(200).optional().describe("Words in the title, the place or the agreement's title."),
    status: z.enum(MeetingStatus).optional(),
    kind: z.enum(MeetingKind).optional(),
    partner: idParam.optional().describe("Meetings under agreements this organisation is a party to."),
    office: idParam.optional().describe("Meetings under agreements of this office and the offices below it."),
    from: dayParam.optional().describe("Held on or after this day."),
    to: dayParam.optional().describe("Held on or before this day."),
  }),
  item,
  entity: "MEETING",
  async list(viewer, query, page) {
    const custom = await customValuesFor(viewer, "MEETING");
    // The policy's scope is the check (in meetingWhere): partners see their agreements' meetings, staff those of the offices they read.
    const { isPartner } = scope(viewer);
    const where = await meetingWhere(viewer, query);
    const org = viewer.organisationId ?? "\u0000none";
    const rows = await db().meeting.findMany({
      where: { AND: [where, after(page)] },
      orderBy: { id: "asc" },
      take: page.take,
      include: {
        agreement: { select: { id: true, reference: true, title: true } },
        actionItems: { where: { archived: false, ...(isPartner && { ownerOrganisationId: org }) }, orderBy: [{ dueOn: "asc" }, { id: "asc" }] },
      },
    });
    return rows.map((m) => {
      const minutesVisible = !isPartner || m.minutesShared;
      return {
        id: m.id,
        agreement: m.agreement,
        title: m.title,
        kind: m.kind,
        status: m.status,
        held_on: toDay(m.heldOn),
        location: m.location,
        online: m.online,
        minutes_shared: m.minutesShared,
        minutes: minutesVisible ? m.minutes : null,
        decisions: minutesVisible ? m.decisions : null,
        action_items: m.actionItems.map((i) => ({ id: i.id, description: i.description, owner_organisation_id: i.ownerOrganisationId, due_on: toDayOrNull(i.dueOn), status: i.status, project_id: i.projectId })),
        custom_fields: custom(m.customValues), updated_at: m.updatedAt.toISOString(),
      };
    });
  },
});
