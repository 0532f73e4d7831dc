// Reads of meetings. A meeting is visible to whoever may see its agreement; a partner sees the
// minutes and decisions only when shared, and only the action items its organisation owns.
import { customFieldsOf, visibleCustomFields } from "@/lib/custom-fields/queries";
import { customListQuery, customWhere, type CustomListQuery } from "@/lib/custom-fields/filters";
import { formValuesOf, onlyVisible } from "@/lib/custom-fields/values";
import { meetingAgreementOffice } from "@/lib/offices/of-record";
import { officeAndBelow, officeChoices } from "@/lib/offices/queries";
import { dateParam, pageOf, sortingOf } from "@/lib/domain/list-query";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { MEETING_TIERS, matchingAllFor } from "@/lib/search/places";
import { searchTerms } from "@/lib/search/words";
import { isoDate, today } from "@/lib/domain/format";

import { can, scope, type Viewer } from "@/lib/policy";
import type { MeetingFormValues } from "./schema";

export async function findMeeting(viewer: Viewer, id: string) {
  const { meeting: meetingScope, isPartner } = scope(viewer);
  const meeting = await db().meeting.findFirst({
    where: { AND: [meetingScope, { id, ...(isPartner && { archived: false }) }] },
    select: {
      id: true,
      kind: true,
      title: true,
      heldOn: true,
      status: true,
      location: true,
      online: true,
      agenda: true,
      minutes: true,
      decisions: true,
      minutesShared: true,
      archived: true,
      version: true,
      customValues: true,
      officeId: true,
      office: { select: { name: true } },
      agreement: { select: { id: true, title: true, reference: true, archived: true, officeId: true, office: { select: { name: true } } } },
      participants: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      actionItems: {
        where: { archived: false, ...(isPartner && { ownerOrganisationId: viewer.organisationId ?? "\u0000none" }) },
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          version: true,
          description: true,
          dueOn: true,
          status: true,
          ownerOrganisationId: true,
          ownerOrganisation: { select: { name: true, acronym: true } },
          project: { select: { id: true, code: true, title: true } },
          comments: {
            orderBy: { createdAt: "asc" },
            select: { id: true, body: true, status: true, createdAt: true, author: { select: { name: true, role: true, organisation: { select: { acronym: true, name: true } } } } },
          },
        },
      },
      // Partners see their own organisation's acknowledgement; staff see every one.
      acknowledgements: {
        where: isPartner ? { organisationId: viewer.organisationId ?? "\u0000none" } : {},
        orderBy: { at: "asc" },
        select: { at: true, organisation: { select: { name: true, acronym: true } }, user: { select: { name: true } } },
      },
    },
  });
  if (!meeting) return null;
  const minutesVisible = !isPartner || meeting.minutesShared;
  // Custom fields: only those the viewer may see leave the database layer.
  const customFields = await visibleCustomFields(viewer, "MEETING");
  return {
    ...meeting,
    customValues: onlyVisible(customFields, meeting.customValues),
    customFields,
    minutes: minutesVisible ? meeting.minutes : null,
    decisions: minutesVisible ? meeting.decisions : null,
    minutesWithheld: !minutesVisible && Boolean(meeting.minutes || meeting.decisions),
  };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** What the meeting form offers for an agreement: its parties (owners) and projects. */
export async function meetingFormOptions(viewer: Viewer, agreementId: string) {
  if (!can(viewer, "create", "Meeting") && !can(viewer, "update", "Meeting")) return null;
  const agreement = await db().agreement.findFirst({
    where: { id: agreementId, archived: false },
    select: {
      id: true,
      title: true,
      officeId: true,
      parties: { distinct: ["organisationId"], select: { organisation: { select: { id: true, name: true } } } },
    },
  });
  // Its meetings are recorded by the agreement's offices.
  if (!agreement || !can(viewer, "create", "Meeting", { officeId: agreement.officeId })) return null;
  const projects = await db().project.findMany({
    where: { archived: false, OR: [{ agreementId }, { lifecycle: { in: ["PIPELINE", "ACTIVE"] } }] },
    orderBy: { code: "asc" },
    select: { id: true, code: true, title: true },
  });
  return {
    agreement: { id: agreement.id, title: agreement.title },
    owners: agreement.parties.map((p) => p.organisation),
    projects,
    offices: await officeChoices(),
    customFields: await visibleCustomFields(viewer, "MEETING"),
  };
}

export type MeetingFormOptions = NonNullable<Awaited<ReturnType<typeof meetingFormOptions>>>;

export async function meetingForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Meeting")) return null;
  const m = await db().meeting.findFirst({
    where: { id, archived: false },
    include: {
      participants: { orderBy: { name: "asc" } },
      actionItems: { where: { archived: false }, orderBy: { createdAt: "asc" } },
      agreement: { select: { officeId: true } },
    },
  });
  if (!m || !can(viewer, "update", "Meeting", { officeId: meetingAgreementOffice(m)! })) return null;
  const values: MeetingFormValues = {
    agreementId: m.agreementId,
    kind: m.kind,
    title: m.title,
    heldOn: isoDate(m.heldOn) ?? "",
    status: m.status,
    location: m.location ?? "",
    officeId: m.officeId ?? "",
    online: m.online,
    agenda: m.agenda ?? "",
    minutes: m.minutes ?? "",
    decisions: m.decisions ?? "",
    minutesShared: m.minutesShared,
    participants: m.participants.map((p) => p.name),
    actionItems: m.actionItems.map((a) => ({
      id: a.id,
      description: a.description,
      ownerOrganisationId: a.ownerOrganisationId ?? "",
      dueOn: isoDate(a.dueOn) ?? "",
      status: a.status,
      projectId: a.projectId ?? "",
    })),
    custom: formValuesOf(await customFieldsOf("MEETING"), m.customValues),
  };
  return { id: m.id, version: m.version, agreementId: m.agreementId, values };
}

const meetingRow = {
  id: true,
  title: true,
  heldOn: true,
  status: true,
  location: true,
  agreement: { select: { id: true, title: true } },
  _count: { select: { actionItems: { where: { archived: false, status: { in: ["OPEN", "IN_PROGRESS"] } } } } },
} satisfies Prisma.MeetingSelect;

/** The meetings screen: what is coming up, what was held lately, and which agreements are overdue. */
export async function meetingsOverview(viewer: Viewer, on = today()) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Meeting")) return null;
  const meeting = scope(viewer).meeting;
  const [upcoming, recent, overdueActionItems] = await Promise.all([
    db().meeting.findMany({
      where: { AND: [meeting, { archived: false, status: { in: ["PLANNED", "POSTPONED"] }, heldOn: { gte: on } }] },
      orderBy: { heldOn: "asc" },
      take: 100,
      select: meetingRow,
    }),
    db().meeting.findMany({
      where: { AND: [meeting, { archived: false, status: "HELD", heldOn: { lt: on } }] },
      orderBy: { heldOn: "desc" },
      take: 20,
      select: meetingRow,
    }),
    db().actionItem.findMany({
      where: { archived: false, status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: on }, meeting: { AND: [meeting, { archived: false }] } },
      orderBy: { dueOn: "asc" },
      take: 100,
      select: {
        id: true,
        description: true,
        dueOn: true,
        ownerOrganisation: { select: { name: true } },
        meeting: { select: { id: true, title: true } },
      },
    }),
  ]);
  return { upcoming, recent, overdueActionItems };
}

export const MEETINGS_PAGE_SIZE = 50;

export const MEETING_SORTS = ["date", "title"] as const;

export interface MeetingFilters extends CustomListQuery {
  sort?: (typeof MEETING_SORTS)[number];
  desc?: boolean;
  q?: string;
  status?: MeetingStatus;
  kind?: MeetingKind;
  partner?: string;
  /** Meetings under agreements of this office and the offices below it. */
  office?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

/** The list's filters from the URL; values it does not understand are dropped. */
export function parseMeetingFilters(params: Record<string, string | string[] | undefined>): MeetingFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const page = Number(one("page"));
  return {
    ...sortingOf(params, MEETING_SORTS, "date"),
    q: one("q").slice(0, 200) || undefined,
    status: one("status") in MeetingStatus ? (one("status") as MeetingStatus) : undefined,
    kind: one("kind") in MeetingKind ? (one("kind") as MeetingKind) : undefined,
    partner: one("partner") || undefined,
    office: one("office").slice(0, 64) || undefined,
    from: dateParam(one("from")),
    to: dateParam(one("to")),
    page: Number.isInteger(page) && page > 0 ? page : undefined,
    ...customListQuery(params),
  };
}

/** The meetings the filters match, of the agreements the viewer may see. */
export async function meetingWhere(viewer: Viewer, filters: MeetingFilters): Promise<Prisma.MeetingWhereInput> {
  const and: Prisma.MeetingWhereInput[] = [{ archived: false }, scope(viewer).meeting];
  if (filters.office) and.push({ agreement: { officeId: { in: await officeAndBelow(filters.office) } } });
  if (filters.status) and.push({ status: filters.status });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.partner) and.push({ agreement: { parties: { some: { organisationId: filters.partner } } } });
  if (filters.from) and.push({ heldOn: { gte: filters.from } });
  if (filters.to) and.push({ heldOn: { lte: filters.to } });
  if (filters.q) and.push(matchingAllFor(viewer.role === "PARTNER", MEETING_TIERS, await searchTerms(filters.q)));
  if (filters.custom) and.push(...customWhere(await visibleCustomFields(viewer, "MEETING"), filters));
  return { AND: and };
}

const listedMeeting = {
  id: true,
  title: true,
  kind: true,
  heldOn: true,
  status: true,
  location: true,
  online: true,
  minutesShared: true,
  agreement: { select: { id: true, title: true, reference: true, office: { select: { name: true } } } },
  office: { select: { name: true } },
  customValues: true,
  _count: { select: { actionItems: { where: { archived: false, status: { in: ["OPEN", "IN_PROGRESS"] } } } } },
} satisfies Prisma.MeetingSelect;

/** Newest first unless the URL says otherwise (the date column sorts descending by default). */
function meetingOrder(filters: MeetingFilters): Prisma.MeetingOrderByWithRelationInput[] {
  if (filters.sort === "title") return [{ title: filters.desc ? "desc" : "asc" }, { heldOn: "desc" }];
  return [{ heldOn: filters.desc ? "asc" : "desc" }, { title: "asc" }];
}

/** Every meeting, filtered and sorted as the URL says (staff only). */
export async function listMeetings(viewer: Viewer, filters: MeetingFilters = {}) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Meeting")) return null;
  const where = await meetingWhere(viewer, filters);
  return pageOf(
    filters.page ?? 1,
    MEETINGS_PAGE_SIZE,
    () => db().meeting.count({ where }),
    (skip) => db().meeting.findMany({ where, orderBy: meetingOrder(filters), skip, take: MEETINGS_PAGE_SIZE, select: listedMeeting }),
  );
}

export async function exportMeetings(viewer: Viewer, filters: MeetingFilters) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Export")) return null;
  return db().meeting.findMany({ where: await meetingWhere(viewer, filters), orderBy: meetingOrder(filters), take: 50_000, select: listedMeeting });
}
