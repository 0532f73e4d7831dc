// Committed, received and outstanding, computed from the rows, exactly (decimal.js through
// Prisma's Decimal, never floats), and always per currency: amounts in different currencies are
// never added together.
import { Prisma } from "@/lib/generated/prisma/client";

type Decimal = Prisma.Decimal;
const ZERO = new Prisma.Decimal(0);
const sum = (values: Decimal[]) => values.reduce((total, v) => total.plus(v), ZERO);

export interface ReceiptRow {
  amount: Decimal;
  receivedOn: Date;
}
export interface InstalmentRow {
  amount: Decimal;
  dueOn: Date;
  receipts: ReceiptRow[];
}
export interface CommitmentRow {
  amount: Decimal;
  currency: string;
  instalments: InstalmentRow[];
}

export type InstalmentState = "received" | "part-received" | "overdue" | "due";

/** Where an instalment stands on `today`: fully received, overdue (due before today, not fully received), or due. */
export function instalmentState(instalment: InstalmentRow, today: Date): InstalmentState {
  const received = sum(instalment.receipts.map((r) => r.amount));
  if (received.gte(instalment.amount)) return "received";
  if (instalment.dueOn < today) return "overdue";
  return received.gt(0) ? "part-received" : "due";
}

/** What was received against an instalment, and by how much it exceeds the instalment (flagged, not refused). */
export function instalmentTotals(instalment: InstalmentRow) {
  const received = sum(instalment.receipts.map((r) => r.amount));
  const over = received.minus(instalment.amount);
  return { received, outstanding: over.gte(0) ? ZERO : over.negated(), overBy: over.gt(0) ? over : null };
}

export interface Totals {
  currency: string;
  committed: Decimal;
  /** The sum of the instalments scheduled so far (may differ from what was committed). */
  scheduled: Decimal;
  received: Decimal;
  /** Committed less received; never below zero. */
  outstanding: Decimal;
  /** Instalments due before today and not fully received, and what remains of them. */
  overdue: Decimal;
}

/** One commitment's totals. */
export function commitmentTotals(commitment: CommitmentRow, today: Date): Totals {
  const received = sum(commitment.instalments.flatMap((i) => i.receipts.map((r) => r.amount)));
  const overdue = sum(
    commitment.instalments.filter((i) => instalmentState(i, today) === "overdue").map((i) => instalmentTotals(i).outstanding),
  );
  const outstanding = commitment.amount.minus(received);
  return {
    currency: commitment.currency,
    committed: commitment.amount,
    scheduled: sum(commitment.instalments.map((i) => i.amount)),
    received,
    outstanding: outstanding.gt(0) ? outstanding : ZERO,
    overdue,
  };
}

/** Totals per currency over many commitments, in currency order. */
export function totalsByCurrency(commitments: CommitmentRow[], today: Date): Totals[] {
  const byCurrency = new Map<string, Totals>();
  for (const commitment of commitments) {
    const t = commitmentTotals(commitment, today);
    const was = byCurrency.get(t.currency);
    byCurrency.set(
      t.currency,
      was
        ? {
            currency: t.currency,
            committed: was.committed.plus(t.committed),
            scheduled: was.scheduled.plus(t.scheduled),
            received: was.received.plus(t.received),
            outstanding: was.outstanding.plus(t.outstanding),
            overdue: was.overdue.plus(t.overdue),
          }
        : t,
    );
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export interface YearRow {
  year: number;
  currency: string;
  /** Instalments due that year. */
  expected: Decimal;
  /** Receipts dated that year. */
  received: Decimal;
}

/** Expected (by instalment due date) and received (by receipt date) per year and currency. */
export function byYear(commitments: CommitmentRow[]): YearRow[] {
  const rows = new Map<string, YearRow>();
  const row = (year: number, currency: string) => {
    const key = `${year}/${currency}`;
    if (!rows.has(key)) rows.set(key, { year, currency, expected: ZERO, received: ZERO });
    return rows.get(key)!;
  };
  for (const c of commitments) {
    for (const i of c.instalments) {
      const due = row(i.dueOn.getUTCFullYear(), c.currency);
      due.expected = due.expected.plus(i.amount);
      for (const r of i.receipts) {
        const got = row(r.receivedOn.getUTCFullYear(), c.currency);
        got.received = got.received.plus(r.amount);
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.year - b.year || a.currency.localeCompare(b.currency));
}
