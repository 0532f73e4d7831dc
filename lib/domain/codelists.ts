// Labels for the schema's enums, with the IATI code beside ours where IATI has a code list
// (OrganisationType, OrganisationRole, ActivityStatus), so the data can be published later.
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
  RiskRating,
  ResultType,
} from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

interface Entry {
  label: string;
  iati?: string;
}

export const organisationKinds: Record<OrganisationKind, Entry> = {
  GOVERNMENT: { label: "Government", iati: "10" },
  UN_MULTILATERAL: { label: "UN or multilateral agency", iati: "40" },
  REGIONAL_BODY: { label: "Regional body", iati: "40" },
  DEVELOPMENT_BANK: { label: "Development bank or IFI", iati: "40" },
  PRIVATE_COMPANY: { label: "Private company", iati: "70" },
  WORKERS_EMPLOYERS: { label: "Workers' or employers' organisation", iati: "90" },
  NGO: { label: "NGO", iati: "21" },
  ACADEMIC: { label: "Academic, training or research", iati: "80" },
  FOUNDATION: { label: "Foundation", iati: "60" },
};

export const partyRoles: Record<PartyRole, Entry> = {
  SIGNATORY: { label: "Signatory", iati: "2" }, // Accountable
  FUNDING: { label: "Funding partner", iati: "1" },
  BENEFICIARY: { label: "Beneficiary" },
  FACILITATOR: { label: "Facilitator", iati: "3" }, // Extending
  IMPLEMENTING: { label: "Implementing partner", iati: "4" },
};

export const projectLifecycles: Record<ProjectLifecycle, Entry> = {
  PIPELINE: { label: "Pipeline", iati: "1" },
  ACTIVE: { label: "Active", iati: "2" },
  COMPLETED: { label: "Completed", iati: "3" }, // Finalisation
  CLOSED: { label: "Closed", iati: "4" },
  SUSPENDED: { label: "Suspended", iati: "6" },
};

export const instruments: Record<Instrument, Entry> = {
  MOU: { label: "Memorandum of understanding" },
  LETTER_OF_INTENT: { label: "Letter of intent" },
  COOPERATION_AGREEMENT: { label: "Cooperation agreement" },
  PARTNERSHIP_AGREEMENT: { label: "Partnership agreement or programme" },
  PPP_AGREEMENT: { label: "Public-private partnership agreement" },
  EXCHANGE_OF_LETTERS: { label: "Exchange of letters" },
};

// IATI CollaborationType where one fits: 1 bilateral, 8 bilateral triangular co-operation.
export const modalities: Record<Modality, Entry> = {
  BILATERAL: { label: "Bilateral", iati: "1" },
  SOUTH_SOUTH: { label: "South-South", iati: "1" },
  TRIANGULAR: { label: "Triangular", iati: "8" },
  PUBLIC_PRIVATE: { label: "Public-private" },
  INSTITUTIONAL: { label: "Institutional / multilateral" },
};

// IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled.
export const agreementStatuses: Record<AgreementStatus, Entry> = {
  DRAFT: { label: "Draft", iati: "1" },
  UNDER_NEGOTIATION: { label: "Under negotiation", iati: "1" },
  ACTIVE: { label: "Active", iati: "2" },
  EXPIRED: { label: "Expired", iati: "4" },
  TERMINATED: { label: "Terminated", iati: "5" },
};

export const amendmentKinds: Record<AmendmentKind, Entry> = {
  NO_COST_EXTENSION: { label: "No-cost extension" },
  BUDGET_REVISION: { label: "Budget revision" },
  CHANGE_OF_SCOPE: { label: "Change of scope" },
  CHANGE_OF_PARTIES: { label: "Change of parties" },
  OTHER: { label: "Other" },
};

export const clearanceStates: Record<ClearanceState, Entry> = {
  NOT_SUBMITTED: { label: "Not submitted for clearance" },
  SUBMITTED: { label: "Waiting for clearance" },
  RETURNED: { label: "Returned by the manager" },
  CLEARED: { label: "Cleared" },
};

export const meetingKinds: Record<MeetingKind, Entry> = {
  ANNUAL_REVIEW: { label: "Yearly review" },
  STEERING_COMMITTEE: { label: "Steering committee" },
  TECHNICAL: { label: "Technical meeting" },
};

export const meetingStatuses: Record<MeetingStatus, Entry> = {
  PLANNED: { label: "Planned" },
  HELD: { label: "Held" },
  POSTPONED: { label: "Postponed" },
  CANCELLED: { label: "Cancelled" },
};

export const actionItemStatuses: Record<ActionItemStatus, Entry> = {
  OPEN: { label: "Open" },
  IN_PROGRESS: { label: "In progress" },
  DONE: { label: "Done" },
  CANCELLED: { label: "Cancelled" },
};

export const riskRatings: Record<RiskRating, Entry> = {
  LOW: { label: "Low risk" },
  MEDIUM: { label: "Medium risk" },
  HIGH: { label: "High risk" },
};

export const diligenceDecisions: Record<DiligenceDecision, Entry> = {
  ENGAGE: { label: "Engage" },
  ENGAGE_WITH_MITIGATION: { label: "Engage with mitigation measures" },
  DO_NOT_ENGAGE: { label: "Do not engage" },
};

export const healths: Record<Health, Entry> = {
  ON_TRACK: { label: "On track" },
  AT_RISK: { label: "At risk" },
  OFF_TRACK: { label: "Off track" },
};

// The UN's short names where ICU's names differ (the brochure writes "Viet Nam", "Lao PDR"), in
// each language of the interface (the UN terminology database's short names).
const UN_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    BN: "Brunei Darussalam",
    FM: "Micronesia (Federated States of)",
    IR: "Iran (Islamic Republic of)",
    KP: "Democratic People's Republic of Korea",
    KR: "Republic of Korea",
    LA: "Lao PDR",
    MM: "Myanmar",
    TR: "Türkiye",
    VN: "Viet Nam",
  },
  fr: {
    BN: "Brunéi Darussalam",
    FM: "Micronésie (États fédérés de)",
    IR: "Iran (République islamique d')",
    KP: "République populaire démocratique de Corée",
    KR: "République de Corée",
    LA: "République démocratique populaire lao",
    MM: "Myanmar",
    TR: "Türkiye",
    VN: "Viet Nam",
  },
  es: {
    BN: "Brunei Darussalam",
    FM: "Micronesia (Estados Federados de)",
    IR: "Irán (República Islámica del)",
    KP: "República Popular Democrática de Corea",
    KR: "República de Corea",
    LA: "República Democrática Popular Lao",
    MM: "Myanmar",
    TR: "Türkiye",
    VN: "Viet Nam",
  },
  ar: {
    BN: "بروني دار السلام",
    FM: "ميكرونيزيا (ولايات - الموحدة)",
    IR: "إيران (جمهورية - الإسلامية)",
    KP: "جمهورية كوريا الشعبية الديمقراطية",
    KR: "جمهورية كوريا",
    LA: "جمهورية لاو الديمقراطية الشعبية",
    MM: "ميانمار",
    TR: "تركيا",
    VN: "فييت نام",
  },
};
const REGIONAL: Record<Locale, string> = { en: "Regional", fr: "Régional", es: "Regional", ar: "إقليمي" };
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** The short name of an ISO 3166-1 alpha-2 code in a language (English by default); null (regional) -> "Regional". */
export function countryName(code: string | null, locale: Locale = "en"): string {
  if (!code) return REGIONAL[locale];
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  try {
    return UN_NAMES[locale][code] ?? names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const resultTypes: Record<ResultType, Entry> = {
  OUTCOME: { label: "Outcome", iati: "2" },
  OUTPUT: { label: "Output", iati: "1" },
  IMPACT: { label: "Impact", iati: "3" },
};

export const indicatorMeasures: Record<IndicatorMeasure, Entry> = {
  UNIT: { label: "Unit (a count)", iati: "1" },
  PERCENTAGE: { label: "Percentage", iati: "2" },
  NOMINAL: { label: "Nominal (a category)", iati: "3" },
  ORDINAL: { label: "Ordinal (a rank or scale)", iati: "4" },
  QUALITATIVE: { label: "Qualitative (described)", iati: "5" },
};

export const reportKinds: Record<ReportKind, Entry> = {
  PROGRESS: { label: "Progress report" },
  FINANCIAL: { label: "Financial report" },
  FINAL: { label: "Final report" },
};

export const opportunityStages: Record<OpportunityStage, Entry> = {
  IDEA: { label: "Idea" },
  CONCEPT_NOTE: { label: "Concept note" },
  PROPOSAL_SUBMITTED: { label: "Proposal submitted" },
  NEGOTIATION: { label: "Negotiation" },
  WON: { label: "Won" },
  LOST: { label: "Lost" },
  WITHDRAWN: { label: "Withdrawn" },
};

export const closeReasons: Record<OpportunityCloseReason, Entry> = {
  PARTNER_PRIORITIES: { label: "The partner's priorities changed" },
  NO_FUNDS: { label: "No funds available" },
  COMPETING_PROPOSAL: { label: "Another proposal was chosen" },
  NOT_ELIGIBLE: { label: "Not eligible" },
  TIMING: { label: "Timing did not work" },
  OUR_DECISION: { label: "We decided not to pursue it" },
  OTHER: { label: "Other (see the note)" },
};

export const reportStates: Record<ReportState, Entry> = {
  DUE: { label: "Due" },
  SUBMITTED: { label: "Submitted, waiting for review" },
  RETURNED: { label: "Returned for changes" },
  ACCEPTED: { label: "Accepted" },
};
