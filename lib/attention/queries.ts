// What needs attention now: the officer's home page and the reminder digests read the same list.
// Each item names the responsible officer (null when nobody is) and a stable `key` (the fact and
// its date), so a reminder is sent once per fact, and again only when the fact changes.
import { meetingAgreementOffice } from "@/lib/offices/of-record";
import { meetingOverdueAgreementIds } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { isoDate, today } from "@/lib/domain/format";
import { overdueInstalments } from "@/lib/funding/queries";
import { msg, type Text } from "@/lib/i18n/message";
import { reportsNeedingAttention } from "@/lib/reporting/queries";
import { diligenceNeedingAttention } from "@/lib/diligence/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pipelineAttention } from "@/lib/pipeline/queries";

export const EXPIRY_NOTICE_DAYS = 90;
export const UPCOMING_MEETING_DAYS = 30;
export const REPORT_STALE_DAYS = 90;

/** The kinds of attention, in the order pages and digests show them (their names: "attention.kinds.<kind>"). */
export const ATTENTION_KINDS = [
  "agreement-expiring",
  "meeting-overdue",
  "meeting-upcoming",
  "action-overdue",
  "report-missing",
  "instalment-overdue",
  "partner-report-due",
  "partner-report-waiting",
  "assessment-expiring",
  "sanctions-match",
  "opportunity-step-overdue",
  "opportunity-decision-soon",
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export const isAttentionKind = (kind: string): kind is AttentionKind => (ATTENTION_KINDS as readonly string[]).includes(kind);

export interface AttentionItem {
  kind: AttentionKind;
  key: string;
  /** Words to show (a record's own title, or a message put into words in the reader's language). */
  title: Text;
  detail: Text;
  href: string;
  action: { label: Text; href: string };
  officerId: string | null;
  /** The office of the record it is about: its officers are told when no officer is responsible. */
  officeId: string | null;
  /** The partner organisation that must act, told in its own digest (with the portal's address). */
  partner?: { organisationId: string; href: string };
  /** The date the item is about (expiry, due date, meeting date), for ordering. */
  on: Date | null;
}

const DAY = 86_400_000;
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);
/** "in 3 days", "3 days ago", "today", in the reader's language. */
const inDays = (on: Date, date: Date) => ({ days: days(on, date) });

/** Everything that needs attention on the day, for the whole unit or one officer. */
/**
 * What needs attention on the day, for the whole unit or one officer. With `limit`, each kind
 * keeps its first `limit` items (a page shows those) and `counts` says how many there are.
 */
export async function attention(on = today(), options: { officerId?: string; offices?: readonly string[]; limit?: number; overdueIds?: string[] } = {}) {
  const { officerId, offices, limit } = options;
  // One officer's items (those they are responsible for), or one set of offices', or everyone's.
  const officer = { ...(officerId && { responsibleOfficerId: officerId }), ...(offices && { officeId: { in: [...offices] } }) };
  const noticeUntil = new Date(on.getTime() + EXPIRY_NOTICE_DAYS * DAY);
  const meetingsUntil = new Date(on.getTime() + UPCOMING_MEETING_DAYS * DAY);
  const staleBefore = new Date(on.getTime() - REPORT_STALE_DAYS * DAY);
  const overdueIds = options.overdueIds ?? (await meetingOverdueAgreementIds(on));

  // Expiring soon, or past expiry but still recorded as active.
  const expiringWhere: Prisma.AgreementWhereInput = { ...officer, archived: false, status: { in: ["ACTIVE", "UNDER_NEGOTIATION"] }, expiresOn: { lte: noticeUntil }, renewedById: null };
  const overdueWhere: Prisma.AgreementWhereInput = { ...officer, id: { in: overdueIds } };
  const upcomingWhere: Prisma.MeetingWhereInput = { archived: false, status: "PLANNED", heldOn: { gte: on, lte: meetingsUntil }, agreement: { ...officer, archived: false } };
  const actionsWhere: Prisma.ActionItemWhereInput = {
    archived: false,
    status: { in: ["OPEN", "IN_PROGRESS"] },
    dueOn: { lt: on },
    meeting: { archived: false, agreement: { archived: false, ...(offices && { officeId: { in: [...offices] } }) } },
    ...(officerId && { OR: [{ ownerUserId: officerId }, { ownerUserId: null, meeting: { agreement: officer } }] }),
  };
  const projectsWhere: Prisma.ProjectWhereInput = {
    ...officer,
    archived: false,
    lifecycle: "ACTIVE",
    OR: [{ startsOn: null }, { startsOn: { lt: staleBefore } }],
    statusReports: { none: { archived: false, reportedOn: { gte: staleBefore } } },
  };

  const [expiring, overdue, upcoming, actions, projects, instalments, reports, diligence] = await Promise.all([
    db().agreement.findMany({
      where: expiringWhere,
      orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, title: true, status: true, expiresOn: true, responsibleOfficerId: true, officeId: true },
    }),
    db().agreement.findMany({
      where: overdueWhere,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        responsibleOfficerId: true,
        officeId: true,
        meetings: { where: { archived: false, status: "HELD" }, orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true } },
      },
    }),
    db().meeting.findMany({
      where: upcomingWhere,
      orderBy: [{ heldOn: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, title: true, heldOn: true, officeId: true, agreement: { select: { title: true, responsibleOfficerId: true, officeId: true } } },
    }),
    db().actionItem.findMany({
      where: actionsWhere,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        description: true,
        dueOn: true,
        ownerUserId: true,
        ownerOrganisation: { select: { name: true, acronym: true } },
        meeting: { select: { id: true, title: true, officeId: true, agreement: { select: { responsibleOfficerId: true, officeId: true } } } },
      },
    }),
    db().project.findMany({
      where: projectsWhere,
      orderBy: [{ code: "asc" }],
      take: limit,
      select: {
        id: true,
        code: true,
        title: true,
        responsibleOfficerId: true,
        officeId: true,
        statusReports: { where: { archived: false }, orderBy: { reportedOn: "desc" }, take: 1, select: { reportedOn: true } },
      },
    }),
    overdueInstalments(on, { officerId, offices }),
    reportsNeedingAttention(on, { officerId, offices }),
    // Partners belong to no officer and no office: due diligence is the whole organisation's list.
    officerId || offices ? { expiring: [], matches: [] } : diligenceNeedingAttention(on),
  ]);
  const pipeline = await pipelineAttention(on, { officerId, offices, limit });
  const counts: Record<AttentionKind, number> = limit
    ? Object.fromEntries(
        await Promise.all(
          (
            [
              ["agreement-expiring", () => db().agreement.count({ where: expiringWhere })],
              ["meeting-overdue", () => db().agreement.count({ where: overdueWhere })],
              ["meeting-upcoming", () => db().meeting.count({ where: upcomingWhere })],
              ["action-overdue", () => db().actionItem.count({ where: actionsWhere })],
              ["report-missing", () => db().project.count({ where: projectsWhere })],
            ] as const
          ).map(async ([kind, count]) => [kind, await count()]),
        ),
      )
    : { "agreement-expiring": expiring.length, "meeting-overdue": overdue.length, "meeting-upcoming": upcoming.length, "action-overdue": actions.length, "report-missing": projects.length };
  counts["instalment-overdue"] = instalments.length;
  counts["partner-report-due"] = reports.due.length;
  counts["partner-report-waiting"] = reports.waiting.length;
  counts["assessment-expiring"] = diligence.expiring.length;
  counts["sanctions-match"] = diligence.matches.length;
  counts["opportunity-step-overdue"] = pipeline.stepCount;
  counts["opportunity-decision-soon"] = pipeline.decisionCount;

  const items: AttentionItem[] = [
    ...expiring.map((a): AttentionItem => {
      const past = a.expiresOn! < on;
      return {
        kind: "agreement-expiring",
        key: `agreement-expiring:${a.id}:${isoDate(a.expiresOn)}`,
        title: a.title,
        detail: msg(past ? "attention.detail.expired" : "attention.detail.expires", { when: inDays(on, a.expiresOn!), date: { date: a.expiresOn } }),
        href: `/agreements/${a.id}`,
        action: past ? { label: msg("attention.action.recordExpiry"), href: `/agreements/${a.id}/edit` } : { label: msg("attention.action.renew"), href: `/agreements/new?renews=${a.id}` },
        officerId: a.responsibleOfficerId,
        officeId: a.officeId,
        on: a.expiresOn,
      };
    }),
    ...overdue.map((a): AttentionItem => {
      const last = a.meetings[0]?.heldOn ?? null;
      return {
        kind: "meeting-overdue",
        key: `meeting-overdue:${a.id}:${isoDate(last) ?? "never"}`,
        title: a.title,
        detail: last ? msg("attention.detail.lastMeeting", { date: { date: last } }) : msg("attention.detail.noMeeting"),
        href: `/agreements/${a.id}`,
        action: { label: msg("attention.action.planMeeting"), href: `/agreements/${a.id}/meetings/new` },
        officerId: a.responsibleOfficerId,
        officeId: a.officeId,
        on: last,
      };
    }),
    ...upcoming.map((m): AttentionItem => ({
      kind: "meeting-upcoming",
      key: `meeting-upcoming:${m.id}:${isoDate(m.heldOn)}`,
      title: m.title,
      detail: msg("attention.detail.meeting", { date: { date: m.heldOn }, when: inDays(on, m.heldOn), agreement: m.agreement.title }),
      href: `/meetings/${m.id}`,
      action: { label: msg("attention.action.prepareAgenda"), href: `/meetings/${m.id}/edit` },
      officerId: m.agreement.responsibleOfficerId,
      officeId: meetingAgreementOffice(m) ?? null,
      on: m.heldOn,
    })),
    ...actions.map((i): AttentionItem => ({
      kind: "action-overdue",
      key: `action-overdue:${i.id}:${isoDate(i.dueOn)}`,
      title: i.description,
      detail: msg("attention.detail.actionDue", {
        date: { date: i.dueOn },
        when: inDays(on, i.dueOn!),
        owner: i.ownerOrganisation ? (i.ownerOrganisation.acronym ?? i.ownerOrganisation.name) : "none",
        meeting: i.meeting.title,
      }),
      href: `/meetings/${i.meeting.id}`,
      action: { label: msg("attention.action.updateStatus"), href: `/meetings/${i.meeting.id}/edit` },
      officerId: i.ownerUserId ?? i.meeting.agreement.responsibleOfficerId,
      officeId: meetingAgreementOffice(i.meeting) ?? null,
      on: i.dueOn,
    })),
    ...projects.map((p): AttentionItem => {
      const last = p.statusReports[0]?.reportedOn ?? null;
      return {
        kind: "report-missing",
        key: `report-missing:${p.id}:${isoDate(last) ?? "never"}`,
        title: `${p.code} ${p.title}`,
        detail: last ? msg("attention.detail.lastStatusReport", { date: { date: last }, when: inDays(on, last) }) : msg("attention.detail.noStatusReport"),
        href: `/projects/${p.id}`,
        action: { label: msg("attention.action.addStatusReport"), href: `/projects/${p.id}#new-status-report` },
        officerId: p.responsibleOfficerId,
        officeId: p.officeId,
        on: last,
      };
    }),
    ...instalments.slice(0, limit).map((i): AttentionItem => ({
      kind: "instalment-overdue",
      key: `instalment-overdue:${i.id}:${isoDate(i.dueOn)}`,
      title: msg("attention.title.outstanding", { organisation: i.commitment.organisation.name, amount: { money: [i.outstanding, i.commitment.currency] } }),
      detail: msg("attention.detail.instalment", {
        amount: { money: [i.amount, i.commitment.currency] },
        date: { date: i.dueOn },
        when: inDays(on, i.dueOn),
        agreement: i.commitment.agreement.title,
      }),
      href: `/agreements/${i.commitment.agreement.id}#funding`,
      action: { label: msg("attention.action.recordReceipt"), href: `/agreements/${i.commitment.agreement.id}?receipt=${i.id}#record-receipt` },
      officerId: i.commitment.agreement.responsibleOfficerId,
      officeId: i.commitment.agreement.officeId,
      on: i.dueOn,
    })),
    ...reports.due.slice(0, limit).map((r): AttentionItem => ({
      kind: "partner-report-due",
      key: `partner-report-due:${r.id}:${isoDate(r.dueOn)}:${r.state}`,
      title: reportTitle(r),
      detail: msg("attention.detail.reportDue", { returned: r.state === "RETURNED" ? "yes" : "no", date: { date: r.dueOn }, when: inDays(on, r.dueOn), project: r.project.title }),
      href: `/reports/${r.id}`,
      action: { label: msg("attention.action.openReport"), href: `/reports/${r.id}` },
      officerId: r.project.responsibleOfficerId,
      officeId: r.project.officeId,
      partner: { organisationId: r.organisation.id, href: `/portal/reports/${r.id}` },
      on: r.dueOn,
    })),
    ...reports.waiting.slice(0, limit).map((r): AttentionItem => ({
      kind: "partner-report-waiting",
      key: `partner-report-waiting:${r.id}:${r.submittedAt?.toISOString()}`,
      title: reportTitle(r),
      detail: msg("attention.detail.reportWaiting", { date: { date: r.submittedAt }, end: { date: r.periodEnd }, project: r.project.title }),
      href: `/reports/${r.id}`,
      action: { label: msg("attention.action.review"), href: `/reports/${r.id}` },
      officerId: r.project.responsibleOfficerId,
      officeId: r.project.officeId,
      on: r.submittedAt,
    })),
    ...diligence.expiring.slice(0, limit).map((d): AttentionItem => ({
      kind: "assessment-expiring",
      key: `assessment-expiring:${d.organisation.id}:${isoDate(d.validUntil)}`,
      title: d.organisation.name,
      detail: msg("attention.detail.assessment", { ended: d.validUntil < on ? "yes" : "no", when: inDays(on, d.validUntil), date: { date: d.validUntil } }),
      href: `/partners/${d.organisation.id}#due-diligence`,
      action: { label: msg("attention.action.newAssessment"), href: `/partners/${d.organisation.id}#new-assessment` },
      officerId: null,
      officeId: null,
      on: d.validUntil,
    })),
    ...diligence.matches.slice(0, limit).map((m): AttentionItem => ({
      kind: "sanctions-match",
      key: `sanctions-match:${m.id}`,
      title: `${m.organisation.name} ~ ${m.listedName}`,
      detail: msg("attention.detail.sanctions", { score: Math.round(m.score * 100), reference: m.entity.reference }),
      href: `/partners/${m.organisation.id}#due-diligence`,
      action: { label: msg("attention.action.mark"), href: `/partners/${m.organisation.id}#due-diligence` },
      officerId: null,
      officeId: null,
      on: m.createdAt,
    })),
    ...pipeline.steps.map((o): AttentionItem => ({
      kind: "opportunity-step-overdue",
      key: `opportunity-step-overdue:${o.id}:${isoDate(o.nextStepDueOn)}`,
      title: o.title,
      detail: msg("attention.detail.nextStep", { step: o.nextStep ?? "", date: { date: o.nextStepDueOn }, when: inDays(on, o.nextStepDueOn!), partner: o.organisation.name }),
      href: `/pipeline/${o.id}`,
      action: { label: msg("attention.action.updateOpportunity"), href: `/pipeline/${o.id}/edit` },
      officerId: o.responsibleOfficerId,
      officeId: o.officeId,
      on: o.nextStepDueOn,
    })),
    ...pipeline.decisions.map((o): AttentionItem => ({
      kind: "opportunity-decision-soon",
      key: `opportunity-decision-soon:${o.id}:${isoDate(o.expectedDecisionOn)}`,
      title: o.title,
      detail: msg("attention.detail.decision", { date: { date: o.expectedDecisionOn }, when: inDays(on, o.expectedDecisionOn!), partner: o.organisation.name }),
      href: `/pipeline/${o.id}`,
      action: { label: msg("attention.action.updateOpportunity"), href: `/pipeline/${o.id}/edit` },
      officerId: o.responsibleOfficerId,
      officeId: o.officeId,
      on: o.expectedDecisionOn,
    })),
  ];
  return { items, counts };
}

/** A partner's report as an item's title: "ADB: progress report on RAS/21/01/JPN". */
function reportTitle(r: { organisation: { acronym: string | null; name: string }; kind: string; project: { code: string } }): Text {
  return msg("attention.title.report", { organisation: r.organisation.acronym ?? r.organisation.name, kind: { code: ["reportKinds", r.kind], lower: true }, project: r.project.code });
}

/** The home page's three views (the officer's, their offices', the whole organisation's), sharing one scan for overdue meetings. */
export async function homeAttention(on: Date, officerId: string, offices: readonly string[], limit: number) {
  const overdueIds = await meetingOverdueAgreementIds(on);
  const [mine, office, unit] = await Promise.all([attention(on, { officerId, limit, overdueIds }), attention(on, { offices, limit, overdueIds }), attention(on, { limit, overdueIds })]);
  return { mine, office, unit };
}
