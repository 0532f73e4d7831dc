// The dashboard's forecast: per year and currency, the open pipeline's total and its weighted total
// (amount × probability), beside the money already committed for that year (instalments due in it),
// and the conversion rate of the last twelve months. Each figure is computed with the same `where`
// as the list it opens.
import type { AgreementFilters } from "@/lib/agreements/filters";
import { agreementWhere } from "@/lib/agreements/queries";
import type { DashboardFilters } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/domain/format";
import { latestRates, usdTotal } from "@/lib/exchange-rates/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import type { PipelineFilters } from "./filters";
import { pipelineWhere, stageProbabilities } from "./queries";

export interface ForecastRow {
  /** null: neither tranches nor an expected decision date say when. */
  year: number | null;
  currency: string;
  total: Prisma.Decimal;
  weighted: Prisma.Decimal;
  opportunities: number;
  committed: Prisma.Decimal;
}

const zero = new Prisma.Decimal(0);

export async function pipelineForecast(viewer: Viewer, filters: DashboardFilters, on: Date) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Opportunity") || !can(viewer, "read", "Dashboard")) return null;
  // The dashboard's year chooses the year shown; without one, every year the pipeline holds money for.
  const base: PipelineFilters = { country: filters.country, theme: filters.theme, office: filters.office };
  const open = await pipelineWhere(viewer, { ...base, stage: "open", year: filters.year }, on);
  const ids = (await db().opportunity.findMany({ where: open, select: { id: true } })).map((o) => o.id);
  const probabilities = await stageProbabilities();
  const pipeline = await db().$queryRaw<{ year: number | null; currency: string; total: Prisma.Decimal; weighted: Prisma.Decimal; opportunities: number }[]>`
    SELECT y.year, o.currency::text AS currency, sum(y.amount) AS total,
           round(sum(y.amount * COALESCE(o.probability, (${JSON.stringify(probabilities)}::jsonb ->> o.stage::text)::int)) / 100, 2) AS weighted,
           count(DISTINCT o.id)::int AS opportunities
    FROM "Opportunity" o
    CROSS JOIN LATERAL (
      SELECT t.year, t.amount FROM "OpportunityTranche" t WHERE t."opportunityId" = o.id
      UNION ALL
      SELECT extract(year FROM o."expectedDecisionOn")::int, o.amount
      WHERE NOT EXISTS (SELECT 1 FROM "OpportunityTranche" t WHERE t."opportunityId" = o.id)
    ) y
    WHERE o.id = ANY(${ids}) AND (${filters.year ?? null}::int IS NULL OR y.year = ${filters.year ?? null}::int)
    GROUP BY y.year, o.currency
    ORDER BY y.year NULLS LAST, o.currency`;
  // The chosen year's commitments show even when the pipeline holds nothing for it.
  const years = filters.year !== undefined ? [filters.year] : [...new Set(pipeline.flatMap((r) => (r.year === null ? [] : [r.year])))];
  const committed = await committedByYear(viewer, filters, years, on);
  const rows: ForecastRow[] = pipeline.map((r) => ({
    ...r,
    total: new Prisma.Decimal(r.total),
    weighted: new Prisma.Decimal(r.weighted),
    committed: committed.find((c) => c.year === r.year && c.currency === r.currency)?.amount ?? zero,
  }));
  // Committed money in a year and currency the pipeline has nothing for is shown too: it is the year's baseline.
  for (const c of committed) {
    if (!rows.some((r) => r.year === c.year && r.currency === c.currency)) rows.push({ year: c.year, currency: c.currency, total: zero, weighted: zero, opportunities: 0, committed: c.amount });
  }
  rows.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.currency.localeCompare(b.currency));
  const [usd, conversion] = await Promise.all([inUsd(rows, on), conversionRate(viewer, base, on)]);
  return { rows, usd, conversion, probabilities };
}

/** Instalments due in each year, per currency, under the agreements the dashboard's filters match. */
async function committedByYear(viewer: Viewer, filters: DashboardFilters, years: number[], on: Date) {
  if (!can(viewer, "read", "Commitment") || years.length === 0) return [];
  const base: AgreementFilters = { country: filters.country, theme: filters.theme, office: filters.office };
  const agreementIds = (await db().agreement.findMany({ where: await agreementWhere(viewer, base, on), select: { id: true } })).map((a) => a.id);
  const rows = await db().$queryRaw<{ year: number; currency: string; amount: Prisma.Decimal }[]>`
    SELECT extract(year FROM i."dueOn")::int AS year, c.currency::text AS currency, sum(i.amount) AS amount
    FROM "Instalment" i JOIN "Commitment" c ON c.id = i."commitmentId"
    WHERE NOT i.archived AND NOT c.archived AND c."agreementId" = ANY(${agreementIds})
      AND extract(year FROM i."dueOn")::int = ANY(${years})
    GROUP BY 1, 2`;
  return rows.map((r) => ({ year: r.year, currency: r.currency.trim(), amount: new Prisma.Decimal(r.amount) }));
}

/** Each year's figures in USD where every currency of the year has a rate, naming the rates used. */
async function inUsd(rows: ForecastRow[], on: Date) {
  const rates = await latestRates([...new Set(rows.map((r) => r.currency))], on);
  const years = [...new Set(rows.map((r) => r.year))];
  return {
    years: years.map((year) => {
      const ofYear = rows.filter((r) => r.year === year);
      const sum = (pick: (r: ForecastRow) => Prisma.Decimal) => usdTotal(ofYear.map((r) => ({ currency: r.currency, amount: pick(r) })), rates);
      const total = sum((r) => r.total);
      return { year, total: total.total, weighted: sum((r) => r.weighted).total, committed: sum((r) => r.committed).total, missing: total.missing };
    }),
    rates: [...rates.values()].map((r) => ({ currency: r.currency, month: isoDate(r.month)!.slice(0, 7), usdPerUnit: r.usdPerUnit.toString() })),
  };
}

const YEAR_DAYS = 365;

/** Won among those decided (won, lost, withdrawn) in the last twelve months, and the day the window starts. */
async function conversionRate(viewer: Viewer, base: PipelineFilters, on: Date) {
  const from = isoDate(new Date(on.getTime() - YEAR_DAYS * 86_400_000))!;
  const [won, decided] = await Promise.all([
    db().opportunity.count({ where: await pipelineWhere(viewer, { ...base, stage: "WON", decidedFrom: from }, on) }),
    db().opportunity.count({ where: await pipelineWhere(viewer, { ...base, stage: "decided", decidedFrom: from }, on) }),
  ]);
  return { won, decided, from, percent: decided ? Math.round((won / decided) * 100) : null };
}

export type Forecast = NonNullable<Awaited<ReturnType<typeof pipelineForecast>>>;
