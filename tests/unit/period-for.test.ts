import { expect, it } from "vitest";
import { periodFor } from "@/lib/results/period-for";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (start: string, end: string) => ({ periodStart: d(start), periodEnd: d(end) });
const years = [span("2025-01-01", "2025-12-31"), span("2026-01-01", "2026-12-31")];

it("puts a report's actual in the indicator's period that holds the report's last day", () => {
  expect(periodFor(years, span("2026-07-01", "2026-12-31"))).toBe(years[1]);
  expect(periodFor(years, span("2026-01-01", "2026-06-30"))).toBe(years[1]);
  expect(periodFor(years, span("2026-01-01", "2026-12-31"))).toBe(years[1]);
});

it("else in the latest period the report overlaps, and in none when it overlaps none", () => {
  expect(periodFor(years, span("2026-07-01", "2027-06-30"))).toBe(years[1]);
  expect(periodFor([years[0]], span("2025-10-01", "2026-03-31"))).toBe(years[0]);
  expect(periodFor(years, span("2027-01-01", "2027-06-30"))).toBeNull();
  expect(periodFor([], span("2027-01-01", "2027-06-30"))).toBeNull();
});
