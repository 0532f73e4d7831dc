// The codes of each code list, in the order forms offer them. Client components read codes from
// here, not from lib/domain/codelists.ts: that module also holds the English labels, the IATI codes
// and the UN's country names in four languages, which the browser has no use for (its labels come
// from the catalogues, "codes.<list>.<code>"). Plain arrays, not Prisma's enum objects: those come
// as one module of every enum. tests/unit/codes.test.ts holds both files to the same codes in the
// same order.
import type {
  ActionItemStatus,
  AgreementStatus,
  AmendmentKind,
  ClearanceState,
  DiligenceDecision,
  Health,
  IndicatorMeasure,
  Instrument,
  MeetingKind,
  MeetingStatus,
  Modality,
  OpportunityCloseReason,
  OpportunityStage,
  OrganisationKind,
  PartyRole,
  ProjectLifecycle,
  ReportKind,
  ReportState,
  ResultType,
  RiskRating,
} from "@/lib/generated/prisma/enums";

export const CODES = {
  organisationKinds: ["GOVERNMENT", "UN_MULTILATERAL", "REGIONAL_BODY", "DEVELOPMENT_BANK", "PRIVATE_COMPANY", "WORKERS_EMPLOYERS", "NGO", "ACADEMIC", "FOUNDATION"] satisfies OrganisationKind[],
  partyRoles: ["SIGNATORY", "FUNDING", "BENEFICIARY", "FACILITATOR", "IMPLEMENTING"] satisfies PartyRole[],
  projectLifecycles: ["PIPELINE", "ACTIVE", "COMPLETED", "CLOSED", "SUSPENDED"] satisfies ProjectLifecycle[],
  instruments: ["MOU", "LETTER_OF_INTENT", "COOPERATION_AGREEMENT", "PARTNERSHIP_AGREEMENT", "PPP_AGREEMENT", "EXCHANGE_OF_LETTERS"] satisfies Instrument[],
  modalities: ["BILATERAL", "SOUTH_SOUTH", "TRIANGULAR", "PUBLIC_PRIVATE", "INSTITUTIONAL"] satisfies Modality[],
  agreementStatuses: ["DRAFT", "UNDER_NEGOTIATION", "ACTIVE", "EXPIRED", "TERMINATED"] satisfies AgreementStatus[],
  amendmentKinds: ["NO_COST_EXTENSION", "BUDGET_REVISION", "CHANGE_OF_SCOPE", "CHANGE_OF_PARTIES", "OTHER"] satisfies AmendmentKind[],
  clearanceStates: ["NOT_SUBMITTED", "SUBMITTED", "RETURNED", "CLEARED"] satisfies ClearanceState[],
  meetingKinds: ["ANNUAL_REVIEW", "STEERING_COMMITTEE", "TECHNICAL"] satisfies MeetingKind[],
  meetingStatuses: ["PLANNED", "HELD", "POSTPONED", "CANCELLED"] satisfies MeetingStatus[],
  actionItemStatuses: ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] satisfies ActionItemStatus[],
  riskRatings: ["LOW", "MEDIUM", "HIGH"] satisfies RiskRating[],
  diligenceDecisions: ["ENGAGE", "ENGAGE_WITH_MITIGATION", "DO_NOT_ENGAGE"] satisfies DiligenceDecision[],
  healths: ["ON_TRACK", "AT_RISK", "OFF_TRACK"] satisfies Health[],
  resultTypes: ["OUTCOME", "OUTPUT", "IMPACT"] satisfies ResultType[],
  indicatorMeasures: ["UNIT", "PERCENTAGE", "NOMINAL", "ORDINAL", "QUALITATIVE"] satisfies IndicatorMeasure[],
  reportKinds: ["PROGRESS", "FINANCIAL", "FINAL"] satisfies ReportKind[],
  opportunityStages: ["IDEA", "CONCEPT_NOTE", "PROPOSAL_SUBMITTED", "NEGOTIATION", "WON", "LOST", "WITHDRAWN"] satisfies OpportunityStage[],
  closeReasons: ["PARTNER_PRIORITIES", "NO_FUNDS", "COMPETING_PROPOSAL", "NOT_ELIGIBLE", "TIMING", "OUR_DECISION", "OTHER"] satisfies OpportunityCloseReason[],
  reportStates: ["DUE", "SUBMITTED", "RETURNED", "ACCEPTED"] satisfies ReportState[],
};

export type CodeList = keyof typeof CODES;

/** What a partner may set on an action item its organisation owns (staff set the others). */
export const partnerActionItemStatuses = ["IN_PROGRESS", "DONE"] as const satisfies ActionItemStatus[];

/** Progress and final reports say how the project stands (health, progress, the indicators' actuals); financial ones do not. */
export const reportsOnProgress = (kind: ReportKind) => kind !== "FINANCIAL";
