// The only place roles are read. Every server-side read and write asks `can(...)` or applies
// `scope(...)`; a record outside a partner's scope is "not found" to them, never "forbidden".
import type { SecondFactorState } from "@/lib/auth/second-factor/gate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";

export const ROLES = ["ADMIN", "OFFICER", "MANAGER", "PARTNER"] as const;
export type Role = (typeof ROLES)[number];
export interface Viewer {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  /** Set for partners: the organisation whose records they may see. */
  organisationId: string | null;
  /** Staff: the office they work in (lib/offices/). */
  officeId?: string | null;
  /**
   * Staff: the offices whose records they keep (their office and every office below it), or "all"
   * (administrators). Absent where a viewer is made outside a session (tests, jobs): all.
   */
  offices?: readonly string[] | "all";
  /** Officers read every office's records unless the organisation decided otherwise (a setting). */
  readsAllOffices?: boolean;
  /** The language the person chose on their account page; null: their browser's decides. */
  locale?: Locale | null;
  /** The session's second factor (absent where a viewer is built outside a session, as in tests). */
  secondFactor?: SecondFactorState;
}

export const ACTIONS = ["read", "create", "update", "archive", "restore"] as const;
export type Action = (typeof ACTIONS)[number];

/** Records, plus parts of records and screens that have rules of their own. */
export const SUBJECTS = [
  "Organisation",
  "InternalNotes", // an organisation's notes: never shown to partners
  "Contact",
  "Agreement",
  "Amendment", // a numbered change to a signed agreement
  // Clearance of a draft agreement before signature: "create" submits it (officers), "update"
  // clears or returns it (managers: their one write), "read" sees where it stands.
  "Clearance",
  "Meeting",
  "Minutes", // a meeting's minutes and decisions
  "ActionItem",
  "Project",
  "StatusReport",
  "Result", // a project's outcomes and outputs (IATI results)
  "Indicator", // how a result is measured, with its targets and actuals per period
  "ReportingRequirement", // what a partner must report on a project, and how often
  // A report a partner owes: partners "create" (submit) their own; officers may submit one received
  // by other means, and "update" (accept or return) it.
  "PartnerReport",
  "Document",
  "Commitment", // money a funding party pledged under an agreement
  "Instalment", // an expected payment of a commitment
  "Receipt", // money received against an instalment
  "Comment", // a comment on an action item (partners it concerns, and staff)
  "Acknowledgement", // a partner organisation's acknowledgement of shared minutes
  "User",
  "AuditLog", // the unit-wide audit log at /audit
  "Dashboard",
  "Export",
  "Backup", // the whole database as a file: administrators only
  "ExchangeRate", // monthly USD rates for the dashboard's total: administrators keep them
  // What goes into the public IATI file and the theme → DAC sector mapping: administrators decide.
  "IatiPublishing",
  // Due diligence on a partner: officers (and administrators) record assessments; managers (and
  // administrators) approve them ("update"). Internal: partners never see any of it.
  "DueDiligence",
  // A candidate sanctions match: officers (and administrators) mark it a true or false match ("update").
  "SanctionsMatch",
  // The assessment checklist, how long an assessment stays valid, and sanctions list imports: administrators.
  "DiligenceSetup",
  // A personal access token for the read-only API: every user may create, list and revoke their own.
  "ApiToken",
  // The organisation's offices (a tree): staff read them; administrators add, rename, move and close them.
  "Office",
  // The fields administrators add to partners, agreements, projects and meetings: staff read them; administrators define them.
  "CustomField",
  // A list's saved filters, sort and columns: staff save their own (queries keep them to the owner's);
  // officers and administrators may share one with the whole unit ("update" on a shared view).
  "SavedView",
  // The resource-mobilisation pipeline (decision 023): officers keep opportunities, managers read
  // them, partners never see them.
  "Opportunity",
  // Each pipeline stage's default probability: administrators.
  "PipelineSetup",
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** What a record-level decision needs to know about the record, for partners. */
export interface RecordFacts {
  /** Organisations that are parties to the agreement the record belongs to (or to the project). */
  partyOrganisationIds?: readonly string[];
  /** The organisation that owns an action item, or whose commitment (instalment, receipt) it is. */
  ownerOrganisationId?: string | null;
  /** The record itself is marked for partners (shared minutes, shared documents). */
  sharedWithPartners?: boolean;
  archived?: boolean;
  /** The office the record belongs to (a meeting's, or its agreement's; a project's): for staff. */
  officeId?: string;
}

const RECORDS: readonly Subject[] = [
  "Organisation",
  "Contact",
  "Agreement",
  "Amendment",
  "Meeting",
  "Minutes",
  "ActionItem",
  "Project",
  "StatusReport",
  "Result",
  "Indicator",
  "ReportingRequirement",
  "PartnerReport",
  "Document",
  "Commitment",
  "Instalment",
  "Receipt",
  "Comment",
  "Opportunity",
];

function staffMay(role: Exclude<Role, "PARTNER">, action: Action, subject: Subject): boolean {
  const reads = action === "read";
  switch (subject) {
    case "User":
      return role === "ADMIN";
    case "Backup":
      return reads && role === "ADMIN";
    case "ExchangeRate":
    case "Office":
    case "CustomField":
      return reads || ((action === "create" || action === "update") && role === "ADMIN");
    case "IatiPublishing":
    case "DiligenceSetup":
    case "PipelineSetup":
      return reads || (action === "update" && role === "ADMIN");
    case "DueDiligence":
      if (action === "update") return role !== "OFFICER";
      if (action === "create") return role !== "MANAGER";
      return reads;
    case "SanctionsMatch":
      return reads || (action === "update" && role !== "MANAGER");
    case "Clearance":
      if (action === "create") return role !== "MANAGER";
      if (action === "update") return role !== "OFFICER";
      return reads;
    case "AuditLog":
      return reads && (role === "ADMIN" || role === "MANAGER");
    case "SavedView":
      // Everyone on staff reads, saves and removes their own; sharing with the unit is the keepers' ("update").
      return action !== "update" || role !== "MANAGER";
    case "Dashboard":
    case "Export":
    case "InternalNotes":
    case "Acknowledgement": // staff read them; only partners acknowledge
      return reads;
    default:
      // Records: everybody on staff reads; officers and admins keep them; managers only read.
      return RECORDS.includes(subject) && (reads || role !== "MANAGER");
  }
}

function partnerMay(viewer: Viewer, action: Action, subject: Subject, facts?: RecordFacts): boolean {
  const org = viewer.organisationId;
  if (!org || !facts || facts.archived) return false;
  const isParty = facts.partyOrganisationIds?.includes(org) ?? false;
  const owns = isParty && facts.ownerOrganisationId === org;
  // What partners may write: comments on action items that concern them, acknowledgements of
  // minutes shared with them, their own reports, and the progress of action items they own.
  // Nothing else.
  if (action === "create") {
    if (subject === "Comment" || subject === "PartnerReport") return owns;
    if (subject === "Acknowledgement") return isParty && facts.sharedWithPartners === true;
    return false;
  }
  if (action === "update") return subject === "ActionItem" && owns;
  if (action !== "read") return false;
  switch (subject) {
    case "Agreement":
    case "Amendment":
    case "Meeting":
    case "Project":
    case "StatusReport":
    case "Result":
    case "Indicator":
      return isParty;
    case "Minutes":
    case "Document":
      return isParty && facts.sharedWithPartners === true;
    case "ActionItem":
    case "Comment":
    // A partner's own money, nobody else's: what it committed and what was received from it.
    case "Commitment":
    case "Instalment":
    case "Receipt":
    case "ReportingRequirement":
    case "PartnerReport":
      return owns;
    case "Acknowledgement":
      return isParty;
    default:
      return false;
  }
}

// The records that belong to an office, and the parts of them (an agreement's clearance, a
// meeting's acknowledgements): staff keep those of their own offices. Partners (organisations and
// their contacts), their diligence and the unit-wide screens belong to no office.
const OFFICE_RECORDS: readonly Subject[] = [...RECORDS.filter((s) => s !== "Organisation" && s !== "Contact"), "Clearance", "Acknowledgement"];

/** Is the record's office one of the viewer's? (Without a record's office: the kind of record, yes.) */
function inViewersOffices(viewer: Viewer, facts?: RecordFacts): boolean {
  const offices = viewer.offices ?? "all";
  return offices === "all" || facts?.officeId === undefined || offices.includes(facts.officeId);
}

/** Who reads every office's records: administrators, and officers unless the organisation said no. */
export function readsEveryOffice(viewer: Viewer): boolean {
  return (viewer.offices ?? "all") === "all" || (viewer.role === "OFFICER" && viewer.readsAllOffices !== false);
}

/**
 * May the viewer do this? Without `facts`, answers for the kind of record (e.g. "may create
 * agreements"); partners need `facts`, because what they see depends on the record. Staff keep the
 * records of their own offices (their office and those below it): officers write them, managers
 * read and clear them; officers read the other offices' records too (decision 021).
 */
export function can(viewer: Viewer | null, action: Action, subject: Subject, facts?: RecordFacts): boolean {
  if (!viewer) return false;
  // One's own tokens (queries limit them to the viewer's): created, listed and revoked (archived).
  if (subject === "ApiToken") return action === "create" || action === "read" || action === "archive";
  if (viewer.role === "PARTNER") return partnerMay(viewer, action, subject, facts);
  if (!staffMay(viewer.role, action, subject)) return false;
  if (!OFFICE_RECORDS.includes(subject)) return true;
  if (action === "read" && readsEveryOffice(viewer)) return true;
  return inViewersOffices(viewer, facts);
}

/**
 * Prisma `where` fragments limiting reads to what the viewer may see. Staff who read every office
 * see everything; the others (managers, and officers where the organisation decided so) their
 * offices' records.
 */
export function scope(viewer: Viewer) {
  if (viewer.role !== "PARTNER") {
    const offices = readsEveryOffice(viewer) ? null : (viewer.offices as readonly string[]);
    if (!offices) {
      return {
        agreement: {} as Prisma.AgreementWhereInput,
        meeting: {} as Prisma.MeetingWhereInput,
        project: {} as Prisma.ProjectWhereInput,
        document: {} as Prisma.DocumentWhereInput,
        report: {} as Prisma.PartnerReportWhereInput,
        opportunity: {} as Prisma.OpportunityWhereInput,
        auditEvent: {} as Prisma.AuditEventWhereInput,
        isPartner: false,
      } as const;
    }
    const officeId = { in: [...offices] };
    const agreement = { officeId } satisfies Prisma.AgreementWhereInput;
    // A meeting held by another office than its agreement's is that office's.
    const meeting = { OR: [{ officeId }, { officeId: null, agreement }] } satisfies Prisma.MeetingWhereInput;
    const project = { officeId } satisfies Prisma.ProjectWhereInput;
    const opportunity = { officeId } satisfies Prisma.OpportunityWhereInput;
    return {
      agreement: agreement as Prisma.AgreementWhereInput,
      meeting: meeting as Prisma.MeetingWhereInput,
      project: project as Prisma.ProjectWhereInput,
      document: { OR: [{ agreement }, { meeting }, { project }, { amendment: { agreement } }, { report: { project } }, { opportunity }] } as Prisma.DocumentWhereInput,
      report: { project } as Prisma.PartnerReportWhereInput,
      opportunity: opportunity as Prisma.OpportunityWhereInput,
      // Their offices' events, and the unit-wide ones (partners, people, settings: no office).
      auditEvent: { OR: [{ officeId }, { officeId: null }] } as Prisma.AuditEventWhereInput,
      isPartner: false,
    } as const;
  }
  // A partner user without an organisation sees nothing: match no row.
  const organisationId = viewer.organisationId ?? "\u0000none";
  const agreement = {
    archived: false,
    parties: { some: { organisationId } },
  } satisfies Prisma.AgreementWhereInput;
  // A project is the partner's when it is a partner of the project or a party to its agreement.
  const project = {
    archived: false,
    OR: [{ agreement }, { partners: { some: { organisationId } } }],
  } satisfies Prisma.ProjectWhereInput;
  // A document is the partner's when it is marked shared and attached to something of its own, or
  // attached to a report its organisation wrote.
  const document = {
    archived: false,
    OR: [
      { sharedWithPartners: true, OR: [{ agreement }, { meeting: { archived: false, agreement } }, { project }] },
      { report: { organisationId, project } },
    ],
  } satisfies Prisma.DocumentWhereInput;
  // A report is the partner's when its organisation owes it, on a project of its own.
  const report = { archived: false, organisationId, project } satisfies Prisma.PartnerReportWhereInput;
  // The pipeline is the unit's own: no opportunity is any partner's.
  const opportunity = { id: "\u0000none" } satisfies Prisma.OpportunityWhereInput;
  // The audit trail is the unit's own too.
  const auditEvent = { entityId: "\u0000none" } satisfies Prisma.AuditEventWhereInput;
  return { agreement, meeting: { agreement } as Prisma.MeetingWhereInput, project, document, report, opportunity, auditEvent, isPartner: true } as const;
}

/**
 * A partner's documents as `scope(partner).document` defines them, in conditions on ids: the
 * scope's relation filters become a join per relation over every document (about 50 ms at 20,000),
 * these use each table's foreign-key indexes. Asked in steps (lib/documents/queries.ts): the
 * agreements of the scope, then the projects and meetings they open, then the documents.
 * tests/integration/partner-documents.test.ts holds the two to the same rows.
 */
export const partnerReach = {
  projects: (organisationId: string, agreementIds: string[]) =>
    ({ archived: false, OR: [{ agreementId: { in: agreementIds } }, { partners: { some: { organisationId } } }] }) satisfies Prisma.ProjectWhereInput,
  meetings: (agreementIds: string[]) => ({ archived: false, agreementId: { in: agreementIds } }) satisfies Prisma.MeetingWhereInput,
  documents: (organisationId: string, ids: { agreements: string[]; projects: string[]; meetings: string[] }) =>
    ({
      archived: false,
      OR: [
        { sharedWithPartners: true, OR: [{ agreementId: { in: ids.agreements } }, { meetingId: { in: ids.meetings } }, { projectId: { in: ids.projects } }] },
        { report: { organisationId, projectId: { in: ids.projects } } },
      ],
    }) satisfies Prisma.DocumentWhereInput,
};

/** The facts of an agreement for `can`, from its parties. */
export function agreementFacts(agreement: {
  archived: boolean;
  parties: readonly { organisationId: string }[];
}): RecordFacts {
  return { archived: agreement.archived, partyOrganisationIds: agreement.parties.map((p) => p.organisationId) };
}
