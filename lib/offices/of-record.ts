// The office a record belongs to (decision 021), as `can` needs it (RecordFacts.officeId) and as the
// audit trail records it (AuditEvent.officeId): an agreement's own; a meeting's own, else its
// agreement's; a project's own; an opportunity's own; and the parts of each (money, minutes,
// reports, documents) their parent's. Partners, people and settings belong to no office.
// No such record: no facts, so the policy answers for the kind of record and the write refuses
// the missing record itself.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordFacts } from "@/lib/policy";

type Reader = Prisma.TransactionClient;
type OfficeOf = (tx: Reader, id: string) => Promise<string | null | undefined>;

const office = { select: { officeId: true } } as const;
const withAgreementOffice = { select: { officeId: true, agreement: office } } as const;

/** A meeting's office from a read that selected `officeId` and its agreement's. */
export const meetingAgreementOffice = (meeting: { officeId: string | null; agreement: { officeId: string } } | null | undefined) =>
  meeting ? (meeting.officeId ?? meeting.agreement.officeId) : undefined;

/** The kinds that belong to no office: partners, people, settings. */
export const unitWide: OfficeOf = async () => null;

/**
 * Every kind of record the audit trail names, with where it belongs. A kind missing here cannot be
 * recorded (recordAudit's type), so a new one is placed in an office, or made unit-wide, on purpose.
 */
export const OFFICE_OF = {
  Agreement: async (tx, id) => (await tx.agreement.findUnique({ where: { id }, ...office }))?.officeId,
  Amendment: async (tx, id) => (await tx.amendment.findUnique({ where: { id }, select: { agreement: office } }))?.agreement.officeId,
  Commitment: async (tx, id) => (await tx.commitment.findUnique({ where: { id }, select: { agreement: office } }))?.agreement.officeId,
  Instalment: async (tx, id) => (await tx.instalment.findUnique({ where: { id }, select: { commitment: { select: { agreement: office } } } }))?.commitment.agreement.officeId,
  Receipt: async (tx, id) =>
    (await tx.receipt.findUnique({ where: { id }, select: { instalment: { select: { commitment: { select: { agreement: office } } } } } }))?.instalment.commitment.agreement.officeId,
  Meeting: async (tx, id) => meetingAgreementOffice(await tx.meeting.findUnique({ where: { id }, ...withAgreementOffice })),
  ActionItem: async (tx, id) => meetingAgreementOffice((await tx.actionItem.findUnique({ where: { id }, select: { meeting: withAgreementOffice } }))?.meeting),
  Project: async (tx, id) => (await tx.project.findUnique({ where: { id }, ...office }))?.officeId,
  StatusReport: async (tx, id) => (await tx.statusReport.findUnique({ where: { id }, select: { project: office } }))?.project.officeId,
  Result: async (tx, id) => (await tx.result.findUnique({ where: { id }, select: { project: office } }))?.project.officeId,
  Indicator: async (tx, id) => (await tx.indicator.findUnique({ where: { id }, select: { result: { select: { project: office } } } }))?.result.project.officeId,
  ReportingRequirement: async (tx, id) => (await tx.reportingRequirement.findUnique({ where: { id }, select: { project: office } }))?.project.officeId,
  PartnerReport: async (tx, id) => (await tx.partnerReport.findUnique({ where: { id }, select: { project: office } }))?.project.officeId,
  Opportunity: async (tx, id) => (await tx.opportunity.findUnique({ where: { id }, ...office }))?.officeId,
  /** Its parent's: an agreement, a meeting, a project, an amendment, a partner's report or an opportunity. */
  Document: async (tx, id) => {
    const d = await tx.document.findUnique({
      where: { id },
      select: { agreement: office, meeting: withAgreementOffice, project: office, amendment: { select: { agreement: office } }, report: { select: { project: office } }, opportunity: office },
    });
    return d && (d.agreement?.officeId ?? meetingAgreementOffice(d.meeting) ?? d.project?.officeId ?? d.amendment?.agreement.officeId ?? d.report?.project.officeId ?? d.opportunity?.officeId);
  },
  Organisation: unitWide,
  DiligenceAssessment: unitWide,
  DiligenceSource: unitWide,
  SanctionsList: unitWide,
  SanctionsMatch: unitWide,
  User: unitWide,
  Passkey: unitWide,
  Office: unitWide,
  Theme: unitWide,
  Setting: unitWide,
  ExchangeRate: unitWide,
  CustomField: unitWide,
  Database: unitWide,
} satisfies Record<string, OfficeOf>;

export type AuditedKind = keyof typeof OFFICE_OF;

const facts = (officeId: string | null | undefined): RecordFacts | undefined => (officeId ? { officeId } : undefined);

export const agreementOffice = async (id: string) => facts(await OFFICE_OF.Agreement(db(), id));
export const meetingOffice = async (id: string) => facts(await OFFICE_OF.Meeting(db(), id));
export const projectOffice = async (id: string) => facts(await OFFICE_OF.Project(db(), id));
export const opportunityOffice = async (id: string) => facts(await OFFICE_OF.Opportunity(db(), id));
