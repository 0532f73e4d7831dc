// The demo portfolio, from ../shared/domain/partnerships-brochure.txt. The brochure names the
// partners, agreements, years and themes; everything it does not say (exact dates, reference
// codes, amounts, meetings, minutes, action items, status reports, contacts) is INVENTED for the
// demo and marked so where it appears.
import type {
  ActionItemStatus,
  AgreementStatus,
  AmendmentKind,
  ClearanceState,
  Health,
  Instrument,
  MeetingStatus,
  Modality,
  OrganisationKind,
  PartyRole,
  ProjectLifecycle,
} from "@/lib/generated/prisma/enums";
import type { ThemeCode } from "./themes";

export interface DemoOrganisation {
  key: string;
  name: string;
  acronym?: string;
  kind: OrganisationKind;
  country: string | null;
  website?: string;
  internalNotes?: string;
  contact?: { name: string; title: string; email: string; phone?: string }; // INVENTED people
}

export const ORGANISATIONS: DemoOrganisation[] = [
  { key: "ilo", name: "International Labour Organization", acronym: "ILO", kind: "UN_MULTILATERAL", country: null, website: "https://www.ilo.org/asia",
    contact: { name: "Wolfgang Schiefer", title: "Head, Regional Unit for Partnerships", email: "bangkok@ilo.org", phone: "+66 2 288 1234" } },
  { key: "asean", name: "Association of Southeast Asian Nations", acronym: "ASEAN", kind: "REGIONAL_BODY", country: null, website: "https://asean.org",
    internalNotes: "Align activities to the ASEAN work programme before each yearly meeting.",
    contact: { name: "Siti Rahman", title: "Labour and Civil Service Division", email: "labour@asean.example" } },
  { key: "adb", name: "Asian Development Bank", acronym: "ADB", kind: "DEVELOPMENT_BANK", country: null, website: "https://www.adb.org",
    internalNotes: "Prefers the yearly meeting in Manila in the first quarter.",
    contact: { name: "Maria Santos", title: "Social Development Specialist", email: "social@adb.example" } },
  { key: "escap", name: "United Nations Economic and Social Commission for Asia and the Pacific", acronym: "ESCAP", kind: "UN_MULTILATERAL", country: null, website: "https://www.unescap.org" },
  { key: "undp", name: "United Nations Development Programme", acronym: "UNDP", kind: "UN_MULTILATERAL", country: null, website: "https://www.undp.org" },
  { key: "india", name: "Government of India", kind: "GOVERNMENT", country: "IN" },
  { key: "brazil", name: "Government of Brazil", kind: "GOVERNMENT", country: "BR" },
  { key: "southafrica", name: "Government of South Africa", kind: "GOVERNMENT", country: "ZA" },
  { key: "australia", name: "Government of Australia", kind: "GOVERNMENT", country: "AU", website: "https://www.dfat.gov.au" },
  { key: "japan", name: "Government of Japan", kind: "GOVERNMENT", country: "JP", website: "https://www.mhlw.go.jp",
    internalNotes: "Funding cycle follows the Japanese fiscal year (April to March).",
    contact: { name: "Kenji Tanaka", title: "International Affairs Division, Ministry of Health, Labour and Welfare", email: "intl@mhlw.example" } },
  { key: "korea", name: "Government of the Republic of Korea", kind: "GOVERNMENT", country: "KR" },
  { key: "singapore", name: "Government of Singapore", kind: "GOVERNMENT", country: "SG" },
  { key: "laos", name: "Government of the Lao People's Democratic Republic", acronym: "Lao PDR", kind: "GOVERNMENT", country: "LA" },
  { key: "cambodia", name: "Government of Cambodia", kind: "GOVERNMENT", country: "KH" },
  { key: "vietnam", name: "Government of Viet Nam", kind: "GOVERNMENT", country: "VN" },
  { key: "indonesia", name: "Government of Indonesia", kind: "GOVERNMENT", country: "ID" },
  { key: "bp", name: "BP Indonesia", acronym: "BP", kind: "PRIVATE_COMPANY", country: "ID", website: "https://www.bp.com" },
  { key: "ifc", name: "International Finance Corporation", acronym: "IFC", kind: "DEVELOPMENT_BANK", country: null, website: "https://www.ifc.org" },
  // INVENTED: one of the "private companies [that] buy through, and support" Better Work (brochure).
  { key: "mekong", name: "Mekong Apparel Co., Ltd. (invented)", kind: "PRIVATE_COMPANY", country: "KH",
    internalNotes: "Invented for the demo: a garment buyer supporting Better Factories Cambodia; its due-diligence assessment has expired." },
];

export interface DemoMeeting {
  title: string;
  heldOn: string;
  status: MeetingStatus;
  location: string;
  minutesShared: boolean;
  participants?: string[];
  agenda?: string;
  minutes?: string;
  decisions?: string;
  actionItems?: { description: string; owner: string; dueOn: string; status: ActionItemStatus; project?: string }[];
}

export interface DemoAgreement {
  key: string;
  reference: string; // INVENTED codes
  title: string;
  instrument: Instrument;
  modality: Modality;
  status: AgreementStatus;
  signedOn: string | null; // the brochure gives years; days and months are INVENTED
  expiresOn: string | null;
  meetingCycleMonths: number | null;
  countries: string[];
  themes: ThemeCode[];
  parties: [string, PartyRole][];
  contribution?: [string, string]; // INVENTED amounts
  renewedBy?: string;
  /** Where a draft stands in clearance; agreements signed already are cleared. */
  clearance?: ClearanceState;
  amendments?: { kind: AmendmentKind; signedOn: string; summary: string; expiresOn?: [string, string] }[]; // INVENTED
  summary: string;
  meetings?: DemoMeeting[]; // INVENTED
}

export const AGREEMENTS: DemoAgreement[] = [
  {
    key: "asean", reference: "RUP/ASEAN/2007-01", title: "ILO/ASEAN Cooperation Agreement", instrument: "COOPERATION_AGREEMENT",
    modality: "INSTITUTIONAL", status: "ACTIVE", signedOn: "2007-03-20", expiresOn: null, meetingCycleMonths: 12,
    countries: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], themes: ["migration", "osh", "skills", "social-protection"],
    parties: [["ilo", "SIGNATORY"], ["asean", "SIGNATORY"]],
    summary: "The ILO aligns its activities to the work programme of ASEAN to ensure coherence in its cooperation with the regional body.",
    meetings: [
      { title: "ILO/ASEAN yearly review 2025", heldOn: "2025-05-14", status: "HELD", location: "Jakarta", minutesShared: true,
        participants: ["Siti Rahman, Labour and Civil Service Division (ASEAN)", "Olivia Officer, Regional Unit for Partnerships (ILO)", "OSH specialist, Decent Work Team Bangkok (ILO)"],
        agenda: "1. Review of the 2024 work plan\n2. ASEAN OSH network\n3. Labour migration forum", minutes: "The parties reviewed the 2024 work plan and agreed three cooperation activities for 2025-2026.",
        decisions: "Continue joint support to the ASEAN OSH network; co-organise the ASEAN Forum on Migrant Labour.",
        actionItems: [
          { description: "Co-organise the ASEAN Forum on Migrant Labour", owner: "asean", dueOn: "2025-10-30", status: "DONE" },
          { description: "Publish a regional OSH labour inspection guide", owner: "ilo", dueOn: "2026-03-31", status: "IN_PROGRESS", project: "RAS/13/02/SGP" },
          { description: "Share ASEAN labour statistics for the regional outlook", owner: "asean", dueOn: "2026-06-30", status: "OPEN" },
        ] },
      { title: "ILO/ASEAN yearly review 2026", heldOn: "2026-12-10", status: "PLANNED", location: "Bangkok", minutesShared: false,
        agenda: "1. Progress on 2025 action items\n2. Work plan 2027" },
    ],
  },
  {
    key: "adb", reference: "RUP/ADB/2002-01", title: "ILO/ADB Memorandum of Understanding", instrument: "MOU", modality: "INSTITUTIONAL",
    status: "ACTIVE", signedOn: "2002-06-12", expiresOn: null, meetingCycleMonths: 12, countries: [],
    themes: ["statistics", "skills", "green-jobs"], parties: [["ilo", "SIGNATORY"], ["adb", "SIGNATORY"]],
    summary: "A framework for cooperation in labour market information, TVET and skills, and green jobs. The ILO and ADB hold regular yearly meetings.",
    meetings: [
      { title: "ILO/ADB yearly consultation 2024", heldOn: "2024-02-20", status: "HELD", location: "Manila", minutesShared: true,
        participants: ["Maria Santos, Social Development Specialist (ADB)", "Omar Officer, Regional Unit for Partnerships (ILO)"],
        minutes: "Reviewed joint work on labour market information and skills.", decisions: "Prepare a joint note on green jobs.",
        actionItems: [
          { description: "Joint note on green jobs in ADB infrastructure projects", owner: "adb", dueOn: "2024-09-30", status: "DONE" },
          { description: "Labour market information training for ADB country teams", owner: "ilo", dueOn: "2025-03-31", status: "OPEN" },
        ] },
      { title: "ILO/ADB yearly consultation 2025", heldOn: "2025-03-04", status: "HELD", location: "Online", minutesShared: false,
        minutes: "Internal note: ADB budget for TVET work is uncertain for 2026.", decisions: "Revisit the TVET work plan at the next meeting." },
    ],
  },
  {
    key: "escap", reference: "RUP/ESCAP/2009-01", title: "ILO/ESCAP Memorandum of Understanding", instrument: "MOU", modality: "INSTITUTIONAL",
    status: "ACTIVE", signedOn: "2009-09-01", expiresOn: null, meetingCycleMonths: 12, countries: [],
    themes: ["social-protection", "statistics", "migration"], parties: [["ilo", "SIGNATORY"], ["escap", "SIGNATORY"]],
    summary: "Covers cooperation on social protection, statistics and migration, amongst other things. The ILO meets regularly with ESCAP to review progress.",
    meetings: [
      { title: "ILO/ESCAP progress review 2026", heldOn: "2026-10-21", status: "HELD", location: "Bangkok", minutesShared: true,
        minutes: "Reviewed the joint social protection toolbox.",
        actionItems: [{ description: "Update the social protection toolbox", owner: "escap", dueOn: "2026-05-31", status: "OPEN" }] },
    ],
  },
  {
    key: "ibsa", reference: "RUP/IBSA/2010-01", title: "IBSA Letter of Intent on South-South Cooperation for Decent Work", instrument: "LETTER_OF_INTENT",
    modality: "SOUTH_SOUTH", status: "ACTIVE", signedOn: "2010-11-22", expiresOn: "2027-12-31", meetingCycleMonths: 12,
    countries: ["IN", "BR", "ZA"], themes: ["social-protection", "youth-employment"],
    parties: [["india", "SIGNATORY"], ["brazil", "SIGNATORY"], ["southafrica", "SIGNATORY"], ["ilo", "FACILITATOR"]],
    summary: "In 2010 the ILO signed a letter of intent with the governments of India, Brazil and South Africa (IBSA) for the promotion of decent work through South-South cooperation.",
  },
  {
    key: "australia-2010", reference: "RUP/AUS/2010-01", title: "ILO/Australia Partnership Agreement 2010-2015", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL", status: "EXPIRED", signedOn: "2010-07-01", expiresOn: "2015-12-31", meetingCycleMonths: 12, countries: [],
    themes: ["green-jobs", "migration", "youth-employment"], parties: [["ilo", "SIGNATORY"], ["australia", "FUNDING"]],
    contribution: ["15000000.00", "AUD"], renewedBy: "australia-2016",
    summary: "Supports green jobs, labour migration and youth employment, amongst other things.",
  },
  {
    key: "australia-2016", reference: "RUP/AUS/2016-01", title: "ILO/Australia Partnership Agreement 2016-2021 (invented successor)", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL", status: "EXPIRED", signedOn: "2016-03-15", expiresOn: "2021-12-31", meetingCycleMonths: 12, countries: [],
    themes: ["migration", "gender"], parties: [["ilo", "SIGNATORY"], ["australia", "FUNDING"]], contribution: ["12500000.00", "AUD"],
    summary: "INVENTED for the demo: shows how a renewal links an agreement to its successor.",
  },
  {
    key: "japan", reference: "RUP/JPN/1974-01", title: "ILO/Japan Multi-bilateral Programme", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL", status: "ACTIVE", signedOn: "1974-04-01", expiresOn: null, meetingCycleMonths: 12, countries: [],
    themes: ["social-dialogue", "social-protection"], parties: [["ilo", "SIGNATORY"], ["japan", "FUNDING"]], contribution: ["380000000.00", "JPY"],
    summary: "Focuses on social dialogue, social protection and collaboration with ASEAN and UN organizations.",
    meetings: [
      { title: "ILO/Japan annual programme meeting 2026", heldOn: "2026-01-28", status: "HELD", location: "Tokyo", minutesShared: true,
        minutes: "Agreed the 2026 programme of work on social protection in ASEAN.",
        actionItems: [
          { description: "Submit the 2025 progress report to the Ministry", owner: "ilo", dueOn: "2026-03-31", status: "DONE" },
          { description: "Confirm the 2027 contribution", owner: "japan", dueOn: "2026-10-31", status: "OPEN" },
        ] },
    ],
  },
  {
    key: "korea", reference: "RUP/KOR/2004-01", title: "ILO/Korea Partnership Programme", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL", status: "ACTIVE", signedOn: "2004-06-15", expiresOn: "2027-06-30", meetingCycleMonths: 12, countries: [],
    themes: ["productivity", "statistics", "social-protection", "migration"], parties: [["ilo", "SIGNATORY"], ["korea", "FUNDING"]],
    contribution: ["4200000.00", "USD"],
    summary: "Supports competitiveness, productivity and jobs, labour market governance, social protection and labour migration.",
  },
  {
    key: "singapore", reference: "RUP/SGP/2008-01", title: "ILO/Singapore Partnership Agreement", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL", status: "ACTIVE", signedOn: "2008-05-05", expiresOn: "2026-12-31", meetingCycleMonths: 12, countries: [],
    themes: ["osh", "tripartism", "social-dialogue", "productivity", "skills"], parties: [["ilo", "SIGNATORY"], ["singapore", "SIGNATORY"]],
    summary: "Offers technical expertise to other countries in the region on OSH, tripartism and social dialogue, productivity, employability and skills development.",
  },
  {
    key: "laos-triangular", reference: "RUP/LAO-SGP/2011-01", title: "Lao PDR-Singapore-ILO triangular cooperation on labour inspection", instrument: "COOPERATION_AGREEMENT",
    modality: "TRIANGULAR", status: "ACTIVE", signedOn: "2011-02-10", expiresOn: "2027-02-09", meetingCycleMonths: 12, countries: ["LA"],
    themes: ["osh", "labour-law"], parties: [["laos", "BENEFICIARY"], ["singapore", "FUNDING"], ["ilo", "FACILITATOR"]],
    amendments: [{ kind: "NO_COST_EXTENSION", signedOn: "2025-12-15", summary: "Extends the cooperation by one year, at no cost, to finish the inspectors' training.", expiresOn: ["2026-02-09", "2027-02-09"] }],
    summary: "Has produced a labour inspection system that forms part of the ASEAN OSH network.",
  },
  {
    key: "bp", reference: "RUP/BP/2011-01", title: "ILO-BP public-private partnership for Papuan youth employability", instrument: "PPP_AGREEMENT",
    modality: "PUBLIC_PRIVATE", status: "ACTIVE", signedOn: "2011-08-01", expiresOn: "2027-01-31", meetingCycleMonths: 12, countries: ["ID"],
    themes: ["youth-employment", "skills", "enterprise"], parties: [["ilo", "IMPLEMENTING"], ["bp", "FUNDING"]], contribution: ["2500000.00", "USD"],
    summary: "The ILO Jakarta office's partnership with BP promotes employability and entrepreneurship among Papuan youth in the Bintuni Bay area, West Papua, revitalising the TVET system.",
  },
  {
    key: "ifc", reference: "RUP/IFC/2006-01", title: "ILO-IFC Better Work partnership", instrument: "PARTNERSHIP_AGREEMENT",
    modality: "INSTITUTIONAL", status: "ACTIVE", signedOn: "2006-10-01", expiresOn: null, meetingCycleMonths: 12, countries: ["KH", "VN", "ID"],
    themes: ["productivity", "labour-law", "social-dialogue"], parties: [["ilo", "SIGNATORY"], ["ifc", "SIGNATORY"]],
    summary: "Improves productivity and working conditions in garment factories; private companies buy through, and support, the programme.",
  },
  {
    key: "vietnam-draft", reference: "RUP/VNM/2026-DRAFT", title: "ILO/Viet Nam MOU on skills recognition for returning migrant workers (draft)",
    instrument: "MOU", modality: "BILATERAL", status: "DRAFT", clearance: "SUBMITTED", signedOn: null, expiresOn: null, meetingCycleMonths: 12,
    countries: ["VN"], themes: ["migration", "skills"], parties: [["ilo", "SIGNATORY"], ["vietnam", "SIGNATORY"]],
    summary: "INVENTED for the demo: a draft waiting for the manager's clearance before signature.",
  },
];

export interface DemoProject {
  code: string; // INVENTED codes in the ILO style
  title: string;
  agreement: string;
  lifecycle: ProjectLifecycle;
  countries: string[];
  themes: ThemeCode[];
  partners: [string, PartyRole][];
  budget?: [string, string]; // INVENTED
  startsOn: string;
  endsOn: string | null;
  reports: { reportedOn: string; health: Health; progressPercent: number; summary: string; risks?: string }[]; // INVENTED
}

export const PROJECTS: DemoProject[] = [
  { code: "KHM/01/01/IFC", title: "Better Factories Cambodia", agreement: "ifc", lifecycle: "ACTIVE", countries: ["KH"], themes: ["productivity", "labour-law"],
    partners: [["ifc", "FUNDING"], ["cambodia", "BENEFICIARY"], ["ilo", "IMPLEMENTING"]], budget: ["9800000.00", "USD"], startsOn: "2001-01-01", endsOn: null,
    reports: [
      { reportedOn: "2026-03-31", health: "ON_TRACK", progressPercent: 70, summary: "Factory assessments on schedule." },
      { reportedOn: "2026-09-30", health: "ON_TRACK", progressPercent: 78, summary: "Transparency database updated; 560 factories assessed." },
    ] },
  { code: "VNM/09/01/IFC", title: "Better Work Viet Nam", agreement: "ifc", lifecycle: "ACTIVE", countries: ["VN"], themes: ["productivity", "social-dialogue"],
    partners: [["ifc", "FUNDING"], ["vietnam", "BENEFICIARY"], ["ilo", "IMPLEMENTING"]], budget: ["7400000.00", "USD"], startsOn: "2009-01-01", endsOn: "2027-12-31",
    reports: [{ reportedOn: "2026-06-30", health: "AT_RISK", progressPercent: 55, summary: "Advisory services expanding to new provinces.", risks: "Buyer fees below plan." }] },
  { code: "IDN/11/01/IFC", title: "Better Work Indonesia", agreement: "ifc", lifecycle: "ACTIVE", countries: ["ID"], themes: ["productivity"],
    partners: [["ifc", "FUNDING"], ["indonesia", "BENEFICIARY"], ["ilo", "IMPLEMENTING"]], budget: ["6100000.00", "USD"], startsOn: "2011-01-01", endsOn: "2027-06-30",
    reports: [{ reportedOn: "2026-04-15", health: "ON_TRACK", progressPercent: 62, summary: "Enrolment of factories in Central Java on track." }] },
  { code: "IDN/11/02/BPI", title: "Education and training for Papuan youth employment", agreement: "bp", lifecycle: "ACTIVE", countries: ["ID"], themes: ["youth-employment", "skills", "enterprise"],
    partners: [["bp", "FUNDING"], ["ilo", "IMPLEMENTING"]], budget: ["2500000.00", "USD"], startsOn: "2011-09-01", endsOn: "2026-12-31",
    reports: [
      { reportedOn: "2025-12-15", health: "AT_RISK", progressPercent: 60, summary: "Two TVET centres refurbished.", risks: "Instructor recruitment delayed." },
      { reportedOn: "2026-06-20", health: "OFF_TRACK", progressPercent: 64, summary: "Third centre delayed by procurement.", risks: "End date at risk without an extension." },
    ] },
  { code: "RAS/13/02/SGP", title: "Labour inspection in Lao PDR and the ASEAN OSH network", agreement: "laos-triangular", lifecycle: "ACTIVE", countries: ["LA"], themes: ["osh", "labour-law"],
    partners: [["singapore", "FUNDING"], ["laos", "BENEFICIARY"], ["asean", "IMPLEMENTING"], ["ilo", "IMPLEMENTING"]], budget: ["850000.00", "SGD"], startsOn: "2013-01-01", endsOn: "2027-02-09",
    reports: [{ reportedOn: "2026-02-28", health: "ON_TRACK", progressPercent: 85, summary: "Inspection system in use in four provinces." }] },
  { code: "RAS/10/01/AUS", title: "Green jobs in Asia", agreement: "australia-2010", lifecycle: "CLOSED", countries: ["ID", "PH", "KH"], themes: ["green-jobs"],
    partners: [["australia", "FUNDING"], ["ilo", "IMPLEMENTING"]], budget: ["4000000.00", "AUD"], startsOn: "2010-09-01", endsOn: "2015-08-31",
    reports: [{ reportedOn: "2015-08-31", health: "ON_TRACK", progressPercent: 100, summary: "Closed; final evaluation published." }] },
  { code: "RAS/12/03/JPN", title: "Social protection for ASEAN workers", agreement: "japan", lifecycle: "ACTIVE", countries: ["KH", "LA", "MM", "VN"], themes: ["social-protection"],
    partners: [["japan", "FUNDING"], ["asean", "IMPLEMENTING"], ["ilo", "IMPLEMENTING"]], budget: ["120000000.00", "JPY"], startsOn: "2022-04-01", endsOn: "2027-03-31",
    reports: [{ reportedOn: "2026-01-20", health: "ON_TRACK", progressPercent: 45, summary: "Unemployment insurance feasibility studies completed in two countries." }] },
  { code: "RAS/15/01/KOR", title: "Labour market information systems in Asia", agreement: "korea", lifecycle: "PIPELINE", countries: ["MN", "LA"], themes: ["statistics"],
    partners: [["korea", "FUNDING"], ["ilo", "IMPLEMENTING"]], budget: ["600000.00", "USD"], startsOn: "2027-01-01", endsOn: "2028-12-31", reports: [] },
];

export interface DemoCommitment {
  agreement: string;
  funder: string;
  project?: string;
  amount: string;
  currency: string;
  committedOn: string;
  description?: string;
  instalments: { dueOn: string; amount: string; condition?: string; receipts?: { receivedOn: string; amount: string; reference: string }[] }[];
}

// The brochure names the funding partners; the amounts, dates and references are INVENTED. The
// Korea instalment of mid-2026 is unpaid (overdue), the BP one partly paid.
export const COMMITMENTS: DemoCommitment[] = [
  { agreement: "japan", funder: "japan", project: "RAS/12/03/JPN", amount: "120000000.00", currency: "JPY", committedOn: "2022-03-15", description: "Social protection for ASEAN workers",
    instalments: [
      { dueOn: "2022-04-30", amount: "40000000.00", receipts: [{ receivedOn: "2022-05-12", amount: "40000000.00", reference: "JPN-2022-041" }] },
      { dueOn: "2024-04-30", amount: "40000000.00", condition: "On receipt of the 2023 progress report", receipts: [{ receivedOn: "2024-05-20", amount: "40000000.00", reference: "JPN-2024-017" }] },
      { dueOn: "2027-04-30", amount: "40000000.00", condition: "On receipt of the 2026 progress report" },
    ] },
  { agreement: "japan", funder: "japan", amount: "260000000.00", currency: "JPY", committedOn: "2026-02-10", description: "Multi-bilateral programme 2026",
    instalments: [
      { dueOn: "2026-04-30", amount: "130000000.00", receipts: [{ receivedOn: "2026-05-08", amount: "130000000.00", reference: "JPN-2026-009" }] },
      { dueOn: "2027-03-31", amount: "130000000.00", condition: "On acceptance of the 2026 annual programme report" },
    ] },
  { agreement: "korea", funder: "korea", amount: "4200000.00", currency: "USD", committedOn: "2024-01-20",
    instalments: [
      { dueOn: "2024-03-31", amount: "1400000.00", receipts: [{ receivedOn: "2024-04-02", amount: "1400000.00", reference: "KOR-24-118" }] },
      { dueOn: "2025-03-31", amount: "1400000.00", receipts: [{ receivedOn: "2025-03-28", amount: "1400000.00", reference: "KOR-25-077" }] },
      { dueOn: "2026-06-30", amount: "1400000.00", condition: "On receipt of the 2025 financial report" },
    ] },
  { agreement: "bp", funder: "bp", project: "IDN/11/02/BPI", amount: "2500000.00", currency: "USD", committedOn: "2011-08-01",
    instalments: [
      { dueOn: "2011-09-30", amount: "1250000.00", receipts: [{ receivedOn: "2011-10-14", amount: "1250000.00", reference: "BP-2011-3391" }] },
      { dueOn: "2027-01-31", amount: "1250000.00", condition: "On completion of the final evaluation", receipts: [{ receivedOn: "2026-09-15", amount: "500000.00", reference: "BP-2026-0412" }] },
    ] },
  { agreement: "australia-2016", funder: "australia", amount: "12500000.00", currency: "AUD", committedOn: "2016-03-15",
    instalments: [
      { dueOn: "2016-06-30", amount: "6250000.00", receipts: [{ receivedOn: "2016-07-05", amount: "6250000.00", reference: "DFAT-16-2201" }] },
      { dueOn: "2018-06-30", amount: "6250000.00", receipts: [{ receivedOn: "2018-06-29", amount: "6250000.00", reference: "DFAT-18-0934" }] },
    ] },
  { agreement: "laos-triangular", funder: "singapore", project: "RAS/13/02/SGP", amount: "850000.00", currency: "SGD", committedOn: "2013-01-10",
    instalments: [{ dueOn: "2013-03-31", amount: "850000.00", receipts: [{ receivedOn: "2013-04-11", amount: "850000.00", reference: "SGP-MOM-1307" }] }] },
];

// The demo's currencies other than the dollar, in US dollars per unit: INVENTED, near the UN
// operational rates of late 2026, so the dashboard can show its total in US dollars. Seeded for
// the month the demo is loaded in (a rate counts from its month on).
export const EXCHANGE_RATES: { currency: string; usdPerUnit: string }[] = [
  { currency: "AUD", usdPerUnit: "0.6540000000" },
  { currency: "JPY", usdPerUnit: "0.0066500000" },
  { currency: "SGD", usdPerUnit: "0.7710000000" },
];

// The offices, from the brochure's own examples: the regional office in Bangkok (where the Regional
// Unit for Partnerships works) at the top, the technical team and three country offices below.
// The top one is the row the offices migration made ("office-root"), renamed.
export const OFFICES: { key: string; name: string; city: string; parent?: string }[] = [
  { key: "regional", name: "ILO Regional Office for Asia and the Pacific", city: "Bangkok" },
  { key: "dwt", name: "Decent Work Technical Support Team for East and South-East Asia and the Pacific", city: "Bangkok", parent: "regional" },
  { key: "jakarta", name: "ILO Country Office for Indonesia and Timor-Leste", city: "Jakarta", parent: "regional" },
  { key: "hanoi", name: "ILO Country Office for Viet Nam", city: "Hanoi", parent: "regional" },
  { key: "bangkok", name: "ILO Country Office for Thailand, Cambodia and Lao PDR", city: "Bangkok", parent: "regional" },
];

/** Records kept by a country office; the others belong to the regional office. */
export const OFFICE_OF: { agreements: Record<string, string>; projects: Record<string, string>; users: Record<string, string> } = {
  agreements: { bp: "jakarta", "vietnam-draft": "hanoi", "laos-triangular": "bangkok" },
  projects: { "IDN/11/01/IFC": "jakarta", "IDN/11/02/BPI": "jakarta", "VNM/09/01/IFC": "hanoi", "KHM/01/01/IFC": "bangkok", "RAS/13/02/SGP": "bangkok" },
  users: { "officer2@example.org": "jakarta", "manager2@example.org": "jakarta" },
};
