// Exchange rates, and a USD total of amounts per currency that names the rates it used.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";

export async function listExchangeRates(viewer: Viewer) {
  if (!can(viewer, "read", "ExchangeRate") || viewer.role === "PARTNER") return null;
  return db().exchangeRate.findMany({ orderBy: [{ month: "desc" }, { currency: "asc" }], take: 500 });
}

export interface RateUsed {
  currency: string;
  month: Date;
  usdPerUnit: Prisma.Decimal;
}

/** The latest rate of each currency for a month on or before `on`'s month. */
export async function latestRates(currencies: string[], on: Date): Promise<Map<string, RateUsed>> {
  const wanted = currencies.filter((c) => c !== "USD");
  if (wanted.length === 0) return new Map();
  const rows = await db().exchangeRate.findMany({
    where: { currency: { in: wanted }, month: { lte: on } },
    orderBy: [{ currency: "asc" }, { month: "desc" }],
    distinct: ["currency"],
  });
  return new Map(rows.map((r) => [r.currency.trim(), { currency: r.currency.trim(), month: r.month, usdPerUnit: r.usdPerUnit }]));
}

/**
 * Amounts per currency as one USD total, exactly, at the given rates: null (and which currencies
 * lack a rate) unless every currency has one. USD counts at 1.
 */
export function usdTotal(amounts: { currency: string; amount: Prisma.Decimal }[], rates: Map<string, RateUsed>) {
  const missing = [...new Set(amounts.map((a) => a.currency).filter((c) => c !== "USD" && !rates.has(c)))];
  if (missing.length) return { total: null, missing };
  const total = amounts.reduce((sum, a) => sum.plus(a.currency === "USD" ? a.amount : a.amount.times(rates.get(a.currency)!.usdPerUnit)), new Prisma.Decimal(0));
  return { total: total.toDecimalPlaces(2), missing };
}
