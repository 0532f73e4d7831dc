// The demo's pipeline (decision 023): eight opportunities across the stages, all INVENTED (their
// titles say so), with dates relative to the day the demo is loaded so that the forecast, the
// reminders and the conversion rate show something. One won opportunity already became a draft
// agreement, with its commitment and instalments, as lib/pipeline/convert.ts would have written it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpportunityCloseReason, OpportunityStage, OrganisationKind } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/pipeline/stages";

interface DemoOpportunity {
  title: string;
  /** An existing demo organisation's key, or a new organisation recorded with the opportunity. */
  partner: string | { name: string; kind: OrganisationKind; country: string };
  stage: OpportunityStage;
  amount: string;
  currency: string;
  /** Years after this one, and the amount in each. */
  tranches?: [yearsAhead: number, amount: string][];
  /** Days from today. */
  decisionIn?: number;
  nextStep?: [step: string, dueIn: number];
  probability?: [percent: number, reason: string];
  closed?: [reason: OpportunityCloseReason, note: string, daysAgo: number];
  countries?: string[];
  summary?: string;
  /** Won, and already a draft agreement with this reference. */
  agreement?: string;
}

export const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
  {
    title: "ILO/Korea Partnership Programme, next phase (invented)",
    partner: "korea",
    stage: "NEGOTIATION",
    amount: "6000000",
    currency: "USD",
    tranches: [[1, "2000000"], [2, "2000000"], [3, "2000000"]],
    decisionIn: 45,
    nextStep: ["Agree the results framework with the Ministry of Employment and Labour", 10],
    countries: ["KH", "LA", "VN"],
    summary: "A further phase of the Partnership Programme: skills, employment services and social protection in the Mekong countries.",
  },
  {
    title: "South-South exchange on public employment programmes with Brazil (invented)",
    partner: "brazil",
    stage: "CONCEPT_NOTE",
    amount: "450000",
    currency: "USD",
    decisionIn: 150,
    nextStep: ["Send the concept note to the Ministry of Labour", -5],
    countries: ["KH", "ID"],
  },
  {
    title: "Better Work brand partnership for garment factories (invented)",
    partner: "mekong",
    stage: "LOST",
    amount: "300000",
    currency: "USD",
    closed: ["PARTNER_PRIORITIES", "The buyer moved its sourcing budget to supplier audits.", 90],
    countries: ["KH"],
  },
  {
    title: "Occupational safety and health in ASEAN supply chains, Japan-funded (invented)",
    partner: "japan",
    stage: "PROPOSAL_SUBMITTED",
    amount: "150000000",
    currency: "JPY",
    tranches: [[1, "50000000"], [2, "50000000"], [3, "50000000"]],
    decisionIn: 20,
    nextStep: ["Answer the ministry's questions on the budget", 7],
    probability: [60, "The ministry confirmed the budget line in writing."],
  },
  {
    title: "Social protection technical assistance with ADB (invented)",
    partner: "adb",
    stage: "IDEA",
    amount: "800000",
    currency: "USD",
    summary: "Discussed at the last yearly meeting; no date yet.",
  },
  {
    title: "Labour migration governance top-up from Australia (invented)",
    partner: "australia",
    stage: "WON",
    amount: "1200000",
    currency: "AUD",
    tranches: [[1, "600000"], [2, "600000"]],
    closed: ["OTHER", "", 30],
    summary: "Regional: labour migration governance across the ASEAN corridors.",
    agreement: "RUP/AUS/2027-01",
  },
  {
    title: "Just transition joint programme with UNDP (invented)",
    partner: "undp",
    stage: "WITHDRAWN",
    amount: "250000",
    currency: "USD",
    closed: ["OUR_DECISION", "Folded into the regional green jobs programme instead.", 150],
  },
  {
    title: "Apprenticeships with a regional hotel group (invented)",
    partner: { name: "Mekong Hospitality Group (invented)", kind: "PRIVATE_COMPANY", country: "TH" },
    stage: "CONCEPT_NOTE",
    amount: "200000",
    currency: "USD",
    decisionIn: 80,
    nextStep: ["Visit two hotels with the employers' organisation", 21],
    countries: ["TH"],
  },
];

const DAY = 86_400_000;

export async function seedPipeline(
  tx: Prisma.TransactionClient,
  ids: { org: (key: string) => string; officer: string; themeIds: string[] },
): Promise<void> {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const year = today.getUTCFullYear();
  const inDays = (days: number) => new Date(today.getTime() + days * DAY);
  for (const o of DEMO_OPPORTUNITIES) {
    const organisationId =
      typeof o.partner === "string" ? ids.org(o.partner) : (await tx.organisation.create({ data: { name: o.partner.name, kind: o.partner.kind, country: o.partner.country } })).id;
    const decidedOn = o.closed ? inDays(-o.closed[2]) : null;
    const created = await tx.opportunity.create({
      data: {
        title: o.title,
        organisationId,
        stage: o.stage,
        amount: o.amount,
        currency: o.currency,
        probability: o.probability?.[0],
        probabilityReason: o.probability?.[1],
        expectedDecisionOn: o.decisionIn !== undefined ? inDays(o.decisionIn) : decidedOn,
        nextStep: o.nextStep?.[0],
        nextStepDueOn: o.nextStep ? inDays(o.nextStep[1]) : null,
        closeReason: o.stage === "WON" ? null : o.closed?.[0],
        closeNote: o.stage === "WON" ? null : o.closed?.[1] || null,
        decidedOn,
        countries: o.countries ?? [],
        summary: o.summary,
        responsibleOfficerId: ids.officer,
        tranches: { create: (o.tranches ?? []).map(([ahead, amount]) => ({ year: year + ahead, amount })) },
        themes: { create: ids.themeIds.slice(0, 1).map((themeId) => ({ themeId })) },
      },
    });
    // Its history: each stage up to the one it is in, a few weeks apart.
    const path = STAGES.slice(0, Math.min(STAGES.indexOf(o.stage), 3) + 1).concat(STAGES.indexOf(o.stage) > 3 ? [o.stage] : []);
    for (const [i, stage] of path.entries()) {
      await tx.opportunityStageChange.create({
        // The last change is the decision, on its day.
        data: { opportunityId: created.id, fromStage: i ? path[i - 1] : null, toStage: stage, changedById: ids.officer, changedAt: decidedOn && i === path.length - 1 ? decidedOn : inDays(-(path.length - i) * 40 - (o.closed?.[2] ?? 0)) },
      });
    }
    if (o.agreement) await seedConvertedAgreement(tx, { ...ids, opportunityId: created.id, organisationId, reference: o.agreement, demo: o, year });
  }
}

/** The draft agreement a won opportunity became: parties, commitment and instalments (due by each year's end). */
async function seedConvertedAgreement(
  tx: Prisma.TransactionClient,
  ids: { org: (key: string) => string; officer: string; opportunityId: string; organisationId: string; reference: string; demo: DemoOpportunity; year: number },
) {
  const { demo } = ids;
  const agreement = await tx.agreement.create({
    data: {
      reference: ids.reference,
      title: demo.title,
      instrument: "PARTNERSHIP_AGREEMENT",
      modality: "BILATERAL",
      status: "DRAFT",
      countries: demo.countries ?? [],
      contributionAmount: demo.amount,
      contributionCurrency: demo.currency,
      meetingCycleMonths: 12,
      responsibleOfficerId: ids.officer,
      parties: {
        create: [
          { organisationId: ids.organisationId, role: "SIGNATORY" },
          { organisationId: ids.organisationId, role: "FUNDING" },
          { organisationId: ids.org("ilo"), role: "SIGNATORY" },
        ],
      },
      commitments: {
        create: {
          organisationId: ids.organisationId,
          amount: demo.amount,
          currency: demo.currency,
          description: demo.title,
          instalments: { create: (demo.tranches ?? []).map(([ahead, amount]) => ({ dueOn: new Date(Date.UTC(ids.year + ahead, 11, 31)), amount })) },
        },
      },
    },
  });
  await tx.opportunity.update({ where: { id: ids.opportunityId }, data: { agreementId: agreement.id } });
}
