// Reads of the pipeline: the list, one opportunity, its form, a partner's opportunities, and what
// needs attention. Staff only: partners' scope matches no opportunity (lib/policy.ts).
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/domain/format";
import { pageOf } from "@/lib/domain/list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import { officeAndBelow, officeChoices } from "@/lib/offices/queries";
import { organisationChoices } from "@/lib/partners/queries";
import { can, scope, type Viewer } from "@/lib/policy";
import { everyWord, searchTerms } from "@/lib/search/words";
import { setting } from "@/lib/settings/settings";
import { themeChoices } from "@/lib/themes/queries";
import { officerChoices } from "@/lib/users/queries";
import { PIPELINE_PAGE_SIZE, type PipelineFilters } from "./filters";
import type { OpportunityFormValues } from "./schema";
import { CLOSED_STAGES, DEFAULT_PROBABILITIES, OPEN_STAGES, type StageProbabilities } from "./stages";

const DAY = 86_400_000;

/** Each stage's default probability as administrators set it (a stage they never set: its default). */
export async function stageProbabilities(): Promise<StageProbabilities> {
  return { ...DEFAULT_PROBABILITIES, ...(await setting("pipeline.stageProbabilities")) };
}

/** Opportunities with money expected in `year`: a tranche in it, or none and a decision expected in it. */
function inYear(year: number | "none"): Prisma.OpportunityWhereInput {
  if (year === "none") return { tranches: { none: {} }, expectedDecisionOn: null };
  return {
    OR: [
      { tranches: { some: { year } } },
      { tranches: { none: {} }, expectedDecisionOn: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } },
    ],
  };
}

export async function pipelineWhere(viewer: Viewer, filters: PipelineFilters, on: Date): Promise<Prisma.OpportunityWhereInput> {
  const and: Prisma.OpportunityWhereInput[] = [scope(viewer).opportunity, { archived: filters.archived === "1" }];
  const open = { stage: { in: [...OPEN_STAGES] } };
  if (filters.stage === "open") and.push(open);
  else if (filters.stage === "decided") and.push({ stage: { in: [...CLOSED_STAGES] } });
  else if (filters.stage) and.push({ stage: filters.stage });
  if (filters.partner) and.push({ organisationId: filters.partner });
  if (filters.officer) and.push({ responsibleOfficerId: filters.officer });
  if (filters.office) and.push({ officeId: { in: await officeAndBelow(filters.office) } });
  if (filters.theme) and.push({ themes: { some: { themeId: filters.theme } } });
  if (filters.country) and.push({ countries: { has: filters.country } });
  if (filters.currency) and.push({ currency: filters.currency });
  if (filters.year) and.push(inYear(filters.year));
  if (filters.decidedFrom) and.push({ decidedOn: { gte: new Date(`${filters.decidedFrom}T00:00:00Z`) } });
  if (filters.decisionWithin) and.push(open, { expectedDecisionOn: { lte: new Date(on.getTime() + filters.decisionWithin * DAY) } });
  if (filters.stepOverdue) and.push(open, { nextStepDueOn: { lt: on } });
  if (filters.q) {
    const words = await searchTerms(filters.q);
    and.push(everyWord(words, (word): Prisma.OpportunityWhereInput[] => [
      { searchText: { contains: word } },
      { organisation: { searchText: { contains: word } } },
    ]));
  }
  return { AND: and };
}

const rowSelect = {
  id: true,
  version: true,
  title: true,
  stage: true,
  amount: true,
  currency: true,
  probability: true,
  expectedDecisionOn: true,
  nextStep: true,
  nextStepDueOn: true,
  officeId: true,
  agreementId: true,
  organisation: { select: { id: true, name: true, acronym: true } },
  responsibleOfficer: { select: { name: true } },
} satisfies Prisma.OpportunitySelect;

export type OpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof rowSelect }>;

function orderOf(filters: PipelineFilters): Prisma.OpportunityOrderByWithRelationInput[] {
  const dir: Prisma.SortOrder = filters.desc ? "desc" : "asc";
  switch (filters.sort) {
    case "title":
      return [{ title: dir }, { id: "asc" }];
    case "amount":
      return [{ currency: "asc" }, { amount: filters.desc ? "asc" : "desc" }, { id: "asc" }];
    case "stage":
      return [{ stage: dir }, { expectedDecisionOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    case "step":
      return [{ nextStepDueOn: { sort: dir, nulls: "last" } }, { id: "asc" }];
    default:
      return [{ expectedDecisionOn: { sort: dir, nulls: "last" } }, { title: "asc" }, { id: "asc" }];
  }
}

export async function listOpportunities(viewer: Viewer, filters: PipelineFilters, on: Date) {
  if (!can(viewer, "read", "Opportunity") || viewer.role === "PARTNER") return null;
  const where = await pipelineWhere(viewer, filters, on);
  const orderBy = orderOf(filters);
  const [list, probabilities] = await Promise.all([
    pageOf(
      filters.page ?? 1,
      PIPELINE_PAGE_SIZE,
      () => db().opportunity.count({ where }),
      (skip) => db().opportunity.findMany({ where, orderBy, skip, take: PIPELINE_PAGE_SIZE, select: rowSelect }),
    ),
    stageProbabilities(),
  ]);
  return { ...list, probabilities };
}

/** Every opportunity the filters match, for export (staff who may export). */
export async function exportOpportunities(viewer: Viewer, filters: PipelineFilters, on: Date) {
  if (!can(viewer, "read", "Export") || !can(viewer, "read", "Opportunity") || viewer.role === "PARTNER") return null;
  const [rows, probabilities] = await Promise.all([
    db().opportunity.findMany({
      where: await pipelineWhere(viewer, filters, on),
      orderBy: orderOf(filters),
      take: 50_000,
      select: { ...rowSelect, office: { select: { name: true } }, countries: true, closeReason: true, decidedOn: true, tranches: { orderBy: { year: "asc" } }, agreement: { select: { reference: true } } },
    }),
    stageProbabilities(),
  ]);
  return { rows, probabilities };
}

/** One opportunity's page: its facts, tranches, themes, stage history and the agreement it became. */
export async function findOpportunity(viewer: Viewer, id: string) {
  if (!can(viewer, "read", "Opportunity") || viewer.role === "PARTNER") return null;
  const [opportunity, probabilities] = await Promise.all([
    db().opportunity.findFirst({
      where: { AND: [scope(viewer).opportunity, { id }] },
      include: {
        organisation: { select: { id: true, name: true, acronym: true } },
        responsibleOfficer: { select: { name: true } },
        office: { select: { name: true } },
        tranches: { orderBy: { year: "asc" } },
        themes: { include: { theme: { select: { label: true } } } },
        stageChanges: { orderBy: { changedAt: "desc" }, include: { changedBy: { select: { name: true } } } },
        agreement: { select: { id: true, reference: true, title: true, status: true, clearance: true } },
      },
    }),
    stageProbabilities(),
  ]);
  return opportunity && { opportunity, probabilities };
}

export async function opportunityFormOptions(viewer: Viewer) {
  if (!can(viewer, "create", "Opportunity") && !can(viewer, "update", "Opportunity")) return null;
  const [organisations, themes, officers, offices, probabilities] = await Promise.all([organisationChoices(), themeChoices(), officerChoices(), officeChoices(), stageProbabilities()]);
  return { organisations, themes, officers, offices, probabilities, viewerOfficeId: viewer.officeId ?? "" };
}

export type OpportunityFormOptions = NonNullable<Awaited<ReturnType<typeof opportunityFormOptions>>>;

/** The opportunity as its form shows it, for those who may change it. */
export async function opportunityForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Opportunity")) return null;
  const o = await db().opportunity.findFirst({ where: { id, archived: false }, include: { tranches: { orderBy: { year: "asc" } }, themes: true } });
  if (!o || !can(viewer, "update", "Opportunity", { officeId: o.officeId })) return null;
  const values: OpportunityFormValues = {
    title: o.title,
    organisationId: o.organisationId,
    newOrganisationName: "",
    newOrganisationKind: "",
    amount: o.amount.toFixed(2),
    currency: o.currency,
    tranches: o.tranches.map((t) => ({ year: String(t.year), amount: t.amount.toFixed(2) })),
    stage: o.stage,
    probability: o.probability?.toString() ?? "",
    probabilityReason: o.probabilityReason ?? "",
    expectedDecisionOn: isoDate(o.expectedDecisionOn) ?? "",
    responsibleOfficerId: o.responsibleOfficerId ?? "",
    officeId: o.officeId,
    countries: o.countries.join(", "),
    themeIds: o.themes.map((t) => t.themeId),
    nextStep: o.nextStep ?? "",
    nextStepDueOn: isoDate(o.nextStepDueOn) ?? "",
    closeReason: o.closeReason ?? "",
    closeNote: o.closeNote ?? "",
    summary: o.summary ?? "",
  };
  return { id: o.id, version: o.version, stage: o.stage, converted: o.agreementId !== null, values };
}

/** A partner's opportunities, for its page (staff who read the pipeline). */
export async function opportunitiesOfPartner(viewer: Viewer, organisationId: string) {
  if (!can(viewer, "read", "Opportunity") || viewer.role === "PARTNER") return null;
  return db().opportunity.findMany({
    where: { AND: [scope(viewer).opportunity, { organisationId, archived: false }] },
    orderBy: [{ expectedDecisionOn: { sort: "desc", nulls: "first" } }, { title: "asc" }],
    take: 100,
    select: rowSelect,
  });
}

export const DECISION_NOTICE_DAYS = 30;

/** Next steps overdue and decisions expected within 30 days (or past), for the attention list and digests. */
export async function pipelineAttention(on: Date, options: { officerId?: string; offices?: readonly string[]; limit?: number }) {
  const base: Prisma.OpportunityWhereInput = {
    archived: false,
    stage: { in: [...OPEN_STAGES] },
    ...(options.officerId && { responsibleOfficerId: options.officerId }),
    ...(options.offices && { officeId: { in: [...options.offices] } }),
  };
  const stepsWhere = { ...base, nextStepDueOn: { lt: on } };
  const decisionsWhere = { ...base, expectedDecisionOn: { lte: new Date(on.getTime() + DECISION_NOTICE_DAYS * DAY) } };
  const select = { id: true, title: true, nextStep: true, nextStepDueOn: true, expectedDecisionOn: true, responsibleOfficerId: true, officeId: true, organisation: { select: { name: true } } } as const;
  const [steps, decisions, stepCount, decisionCount] = await Promise.all([
    db().opportunity.findMany({ where: stepsWhere, orderBy: [{ nextStepDueOn: "asc" }, { id: "asc" }], take: options.limit, select }),
    db().opportunity.findMany({ where: decisionsWhere, orderBy: [{ expectedDecisionOn: "asc" }, { id: "asc" }], take: options.limit, select }),
    options.limit ? db().opportunity.count({ where: stepsWhere }) : null,
    options.limit ? db().opportunity.count({ where: decisionsWhere }) : null,
  ]);
  return { steps, decisions, stepCount: stepCount ?? steps.length, decisionCount: decisionCount ?? decisions.length };
}

/** The opportunity an agreement came from, for its page (staff who read the pipeline). */
export async function originOf(viewer: Viewer, agreementId: string) {
  if (!can(viewer, "read", "Opportunity") || viewer.role === "PARTNER") return null;
  return db().opportunity.findFirst({ where: { AND: [scope(viewer).opportunity, { agreementId }] }, select: { id: true, title: true } });
}

/** What the conversion form offers: the organisations, the unit's usual counterpart, and the agreement's own fields. */
export async function conversionOptions(viewer: Viewer) {
  if (!can(viewer, "create", "Agreement")) return null;
  const [organisations, usual, customFields] = await Promise.all([
    organisationChoices(),
    // The organisation that signs most agreements: the unit's own, as a rule.
    db().$queryRaw<{ organisationId: string }[]>`
      SELECT "organisationId" FROM "AgreementParty" WHERE role = 'SIGNATORY' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    visibleCustomFields(viewer, "AGREEMENT"),
  ]);
  return { organisations, counterpartId: usual[0]?.organisationId ?? "", customFields };
}

/** The list's filter choices; a partner is named when the address chose one (from its page), never listed among every organisation. */
export async function pipelineFilterOptions(partnerId?: string) {
  const [partner, officers, offices] = await Promise.all([
    partnerId ? db().organisation.findUnique({ where: { id: partnerId }, select: { id: true, name: true } }) : null,
    officerChoices(),
    officeChoices(),
  ]);
  return { partner, officers, offices };
}
