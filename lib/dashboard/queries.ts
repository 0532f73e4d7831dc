// The manager's dashboard: the portfolio in figures, each computed in SQL with the same `where` as
// the list it links to, so a number and the list behind it always agree.
import { actionItemWhere } from "@/lib/action-items/queries";
import type { AgreementFilters } from "@/lib/agreements/filters";
import { agreementWhere } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { countryParam, yearParam } from "@/lib/domain/list-query";
import { today } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus, Health, Instrument, Modality, OrganisationKind, ProjectLifecycle } from "@/lib/generated/prisma/enums";
import { can, readsEveryOffice, type Viewer } from "@/lib/policy";
import { officesRolledUp } from "./by-office";
import { projectWhere, type ProjectFilters } from "@/lib/projects/queries";
import { byYear, totalsByCurrency } from "@/lib/funding/totals";
import { latestRates, usdTotal } from "@/lib/exchange-rates/queries";
import { indicatorStandings } from "@/lib/results/queries";
import { pipelineForecast } from "@/lib/pipeline/forecast";

export interface DashboardFilters {
  year?: number;
  country?: string;
  theme?: string;
  /** An office: its figures with those of the offices below it. */
  office?: string;
}

export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  return {
    year: yearParam.parse(one("year")),
    country: countryParam.parse(one("country")),
    theme: one("theme").slice(0, 64) || undefined,
    office: one("office").slice(0, 64) || undefined,
  };
}

/** The dashboard's filters as each list names them. */
export function listFilters(filters: DashboardFilters) {
  return { country: filters.country, theme: filters.theme, activeIn: filters.year, office: filters.office };
}

const EXPIRY_WINDOWS = [30, 90, 180] as const;
const TIMELINE_ROWS = 40;
export const CONTRIBUTORS_SHOWN = 10;

const countsBy = <K extends string>(rows: { key: K; count: number }[]) => rows.sort((a, b) => b.count - a.count);

// Figures are kept per (filters, day, last audit event): every change to a record writes an audit
// event in its transaction, so a new event means new figures, on every instance at once.
const cache = new Map<string, Promise<Figures>>();
const CACHE_ENTRIES = 100;

async function lastChange(): Promise<string> {
  const [row] = await db().$queryRaw<{ id: bigint | null }[]>`SELECT max(id) AS id FROM "AuditEvent"`;
  return String(row?.id ?? 0);
}

export async function dashboard(viewer: Viewer, filters: DashboardFilters, on = today()) {
  if (!can(viewer, "read", "Dashboard") || viewer.role === "PARTNER") return null;
  // What the viewer reads decides the figures too: every office, or their own offices'.
  const reach = readsEveryOffice(viewer) ? "all" : viewer.offices;
  const key = JSON.stringify([filters.year ?? null, filters.country ?? null, filters.theme ?? null, filters.office ?? null, reach, on.toISOString(), await lastChange()]);
  let figures = cache.get(key);
  if (!figures) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    figures = computeFigures(viewer, filters, on);
    cache.set(key, figures);
    figures.catch(() => cache.delete(key)); // a failure is not kept
  }
  return figures;
}

type Figures = Awaited<ReturnType<typeof computeFigures>>;

/** The figures themselves (the policy check is the caller's). */
async function computeFigures(viewer: Viewer, filters: DashboardFilters, on: Date) {
  const base: AgreementFilters = listFilters(filters);
  const projectBase: ProjectFilters = listFilters(filters);
  const meetingYear = filters.year ?? on.getUTCFullYear();
  const where = await agreementWhere(viewer, base, on);
  const agreementIds = (await db().agreement.findMany({ where, select: { id: true } })).map((a) => a.id);
  const projects = await projectWhere(viewer, projectBase);
  const projectRows = await db().project.findMany({ where: projects, select: { id: true, lifecycle: true } });
  const projectIds = projectRows.map((p) => p.id);
  const activeProjectIds = projectRows.filter((p) => p.lifecycle === "ACTIVE").map((p) => p.id);

  const [byStatus, byInstrument, byModality, byPartnerKind, expiring, meetingsDue, meetingsHeld, actionItems, contributions, timeline] = await Promise.all([
    db().agreement.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().agreement.groupBy({ by: ["instrument"], where, _count: { _all: true } }),
    db().agreement.groupBy({ by: ["modality"], where, _count: { _all: true } }),
    db().$queryRaw<{ kind: OrganisationKind; count: number }[]>`
      SELECT o.kind::text AS kind, count(DISTINCT p."agreementId")::int AS count
      FROM "AgreementParty" p JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE p."agreementId" = ANY(${agreementIds}) GROUP BY o.kind`,
    Promise.all(EXPIRY_WINDOWS.map(async (days) => ({ days, count: await db().agreement.count({ where: await agreementWhere(viewer, { ...base, expiringWithin: days }, on) }) }))),
    db().agreement.count({ where: { AND: [where, { status: "ACTIVE", meetingCycleMonths: { not: null } }] } }),
    db().agreement.count({ where: await agreementWhere(viewer, { ...base, meetingYear, meetingHeld: "1" }, on) }),
    Promise.all([
      db().actionItem.count({ where: await actionItemWhere(viewer, { ...base, state: "open" }, on) }),
      db().actionItem.count({ where: await actionItemWhere(viewer, { ...base, state: "overdue" }, on) }),
    ]),
    // The largest CONTRIBUTORS_SHOWN funding partners per currency, and how many there are.
    db().$queryRaw<{ organisationId: string; name: string; currency: string; total: string; agreements: number; partners: number }[]>`
      SELECT "organisationId", name, currency, total::text AS total, agreements, partners FROM (
        SELECT o.id AS "organisationId", o.name, a."contributionCurrency"::text AS currency,
               sum(a."contributionAmount") AS total, count(DISTINCT a.id)::int AS agreements,
               row_number() OVER (PARTITION BY a."contributionCurrency" ORDER BY sum(a."contributionAmount") DESC, o.name) AS rank,
               (count(*) OVER (PARTITION BY a."contributionCurrency"))::int AS partners
        FROM "Agreement" a
        JOIN "AgreementParty" p ON p."agreementId" = a.id AND p.role = 'FUNDING'
        JOIN "Organisation" o ON o.id = p."organisationId"
        WHERE a.id = ANY(${agreementIds}) AND a."contributionAmount" IS NOT NULL AND a."contributionCurrency" IS NOT NULL
        GROUP BY o.id, o.name, a."contributionCurrency") ranked
      WHERE rank <= ${CONTRIBUTORS_SHOWN} ORDER BY currency, rank`,
    agreementTimeline(where, meetingYear),
  ]);
  const [byOffice, forecast] = await Promise.all([officesRolledUp(viewer, filters.office, agreementIds, projects, on), pipelineForecast(viewer, filters, on)]);

  // Drafts have no dates yet: waiting for clearance is counted by country and theme, not by year (as the list it opens).
  const clearanceWhere = await agreementWhere(viewer, { country: filters.country, theme: filters.theme, clearance: "SUBMITTED" }, on);
  const [health, projectsByCountry, projectsByTheme, byLifecycle, funding, waitingForClearance, indicators] = await Promise.all([
    db().$queryRaw<{ health: Health | null; count: number }[]>`
      SELECT latest.health::text AS health, count(*)::int AS count
      FROM unnest(${activeProjectIds}::text[]) AS p(id)
      LEFT JOIN LATERAL (
        SELECT r.health FROM "StatusReport" r WHERE r."projectId" = p.id AND NOT r.archived
        ORDER BY r."reportedOn" DESC, r."createdAt" DESC LIMIT 1) latest ON true
      GROUP BY latest.health`,
    db().$queryRaw<{ country: string; count: number }[]>`
      SELECT c AS country, count(*)::int AS count FROM "Project" p, unnest(p.countries) AS c
      WHERE p.id = ANY(${projectIds}) GROUP BY c ORDER BY count DESC, c`,
    db().$queryRaw<{ themeId: string; label: string; count: number }[]>`
      SELECT t.id AS "themeId", t.label, count(*)::int AS count
      FROM "ProjectTheme" pt JOIN "Theme" t ON t.id = pt."themeId"
      WHERE pt."projectId" = ANY(${projectIds}) GROUP BY t.id, t.label ORDER BY count DESC, t.label`,
    db().project.groupBy({ by: ["lifecycle"], where: projects, _count: { _all: true } }),
    fundingFigures(viewer, base, where, on, meetingYear),
    db().agreement.count({ where: clearanceWhere }),
    indicatorStandings(activeProjectIds),
  ]);

  return {
    filters,
    meetingYear,
    agreements: {
      total: agreementIds.length,
      byStatus: countsBy(byStatus.map((r) => ({ key: r.status as AgreementStatus, count: r._count._all }))),
      byInstrument: countsBy(byInstrument.map((r) => ({ key: r.instrument as Instrument, count: r._count._all }))),
      byModality: countsBy(byModality.map((r) => ({ key: r.modality as Modality, count: r._count._all }))),
      byPartnerKind: countsBy(byPartnerKind.map((r) => ({ key: r.kind, count: r.count }))),
      expiring,
    },
    meetings: { due: meetingsDue, held: meetingsHeld, notHeld: meetingsDue - meetingsHeld },
    actionItems: { open: actionItems[0], overdue: actionItems[1] },
    projects: {
      total: projectIds.length,
      byLifecycle: countsBy(byLifecycle.map((r) => ({ key: r.lifecycle as ProjectLifecycle, count: r._count._all }))),
      /** Health of active projects; `null` = no status report yet. */
      byHealth: health,
      byCountry: projectsByCountry,
      byTheme: projectsByTheme,
      /** The indicators of active projects by the on-track rule (lib/results/on-track.ts). */
      indicators,
    },
    contributions,
    funding,
    waitingForClearance,
    timeline,
    byOffice,
    /** The pipeline's forecast beside what is committed (lib/pipeline/forecast.ts); null for those who may not read the pipeline. */
    forecast,
  };
}

/**
 * Money committed and received under the agreements shown, per currency, with the same totals
 * as the agreement pages (lib/funding/totals.ts); the year's expected and received; and how many
 * of those agreements have an instalment overdue (the list it links to counts the same).
 */
async function fundingFigures(viewer: Viewer, base: AgreementFilters, where: Prisma.AgreementWhereInput, on: Date, year: number) {
  const live = { archived: false } as const;
  const [commitments, overdueAgreements] = await Promise.all([
    db().commitment.findMany({
      where: { ...live, agreement: where },
      select: {
        amount: true,
        currency: true,
        instalments: { where: live, select: { amount: true, dueOn: true, receipts: { where: live, select: { amount: true, receivedOn: true } } } },
      },
    }),
    db().agreement.count({ where: await agreementWhere(viewer, { ...base, instalmentOverdue: "1" }, on) }),
  ]);
  const totals = totalsByCurrency(commitments, on);
  const rates = await latestRates(totals.map((t) => t.currency), on);
  const inUsd = (pick: (t: (typeof totals)[number]) => Prisma.Decimal) => usdTotal(totals.map((t) => ({ currency: t.currency, amount: pick(t) })), rates);
  const committed = inUsd((t) => t.committed);
  const usd = committed.total && {
    committed: committed.total,
    received: inUsd((t) => t.received).total!,
    outstanding: inUsd((t) => t.outstanding).total!,
    rates: [...rates.values()].filter((r) => totals.some((t) => t.currency === r.currency)),
  };
  return { totals, year: byYear(commitments).filter((y) => y.year === year), overdueAgreements, usd, missingRates: committed.missing };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof dashboard>>>;

/** Agreement periods overlapping the five years before and two after the year, earliest first. */
async function agreementTimeline(where: Prisma.AgreementWhereInput, year: number) {
  const from = new Date(Date.UTC(year - 5, 0, 1));
  const to = new Date(Date.UTC(year + 2, 11, 31));
  const window: Prisma.AgreementWhereInput = {
    OR: [{ effectiveOn: { lte: to } }, { effectiveOn: null, signedOn: { lte: to } }],
    AND: [{ OR: [{ expiresOn: null }, { expiresOn: { gte: from } }] }],
  };
  const [rows, total] = await Promise.all([
    db().agreement.findMany({
      where: { AND: [where, window] },
      orderBy: [{ expiresOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      take: TIMELINE_ROWS,
      select: { id: true, title: true, reference: true, status: true, signedOn: true, effectiveOn: true, expiresOn: true },
    }),
    db().agreement.count({ where: { AND: [where, window] } }),
  ]);
  return {
    from,
    to,
    total,
    rows: rows.map((r) => ({ id: r.id, title: r.title, reference: r.reference, status: r.status, start: r.effectiveOn ?? r.signedOn!, end: r.expiresOn })),
  };
}
