// Dates, money and relative days as each language writes them; English as the app always has.
import { describe, expect, it } from "vitest";
import { isoDate, today } from "@/lib/domain/format";
import { formatsFor } from "@/lib/i18n/format";

const day = new Date("2026-12-31T00:00:00Z");
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u200f/g, "");

describe("formats by language", () => {
  it("keep English as it was: '31 Dec 2026', 'USD 1,250,000.50', 'in 27 days'", () => {
    const en = formatsFor("en");
    expect(en.date(day)).toBe("31 Dec 2026");
    expect(en.date(null)).toBe("—");
    expect(en.money("1250000.50", "USD")).toBe("USD 1,250,000.50");
    expect([en.relativeDays(27), en.relativeDays(-3), en.relativeDays(0), en.relativeDays(1)]).toEqual(["in 27 days", "3 days ago", "today", "in 1 day"]);
    expect(en.list(["ASEAN", "ADB", "Japan"])).toBe("ASEAN, ADB, and Japan");
  });

  it("write French, Spanish and Arabic the way their readers do, the currency code where the language puts it", () => {
    expect(formatsFor("fr").date(day)).toBe("31 déc. 2026");
    expect(spaces(formatsFor("fr").money("1250000.5", "USD"))).toBe("1 250 000,50 USD");
    expect(formatsFor("fr").relativeDays(27)).toBe("dans 27 jours");
    expect(formatsFor("fr").relativeDays(0)).toBe("aujourd’hui");
    expect(spaces(formatsFor("es").money("1250000.5", "EUR"))).toBe("1.250.000,50 EUR");
    expect(formatsFor("es").relativeDays(-3)).toBe("hace 3 días");
    expect(formatsFor("ar").date(day)).toContain("2026");
    expect(formatsFor("ar").list(["أ", "ب"])).toBe("أ وب");
  });

  it("keep every digit of an amount beyond a float's precision", () => {
    expect(spaces(formatsFor("fr").money("12345678901234567.05", "USD"))).toBe("12 345 678 901 234 567,05 USD");
    expect(formatsFor("en").money("12345678901234567.05", "USD")).toBe("USD 12,345,678,901,234,567.05");
  });

  it("write a calendar date on its own day, whatever the machine's time zone", () => {
    expect(formatsFor("es").date(new Date("2027-01-01T00:00:00Z"))).toBe("1 ene 2027");
  });
});

describe("today, in the organisation's time zone", () => {
  const evening = new Date("2026-12-04T18:30:00Z"); // 01:30 on 5 December in Bangkok

  it("is the calendar day there, as UTC midnight like every stored date", () => {
    expect(today(evening, "UTC").toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(today(evening, "Asia/Bangkok").toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(today(new Date("2026-12-05T03:00:00Z"), "America/New_York").toISOString()).toBe("2026-12-04T00:00:00.000Z");
  });

  it("follows TIME_ZONE, and UTC without it", () => {
    const before = process.env.TIME_ZONE;
    try {
      process.env.TIME_ZONE = "Asia/Bangkok";
      expect(isoDate(today(evening))).toBe("2026-12-05");
      delete process.env.TIME_ZONE;
      expect(isoDate(today(evening))).toBe("2026-12-04");
    } finally {
      if (before === undefined) delete process.env.TIME_ZONE;
      else process.env.TIME_ZONE = before;
    }
  });
});
