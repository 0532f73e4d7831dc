import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { whenDue as whenDueIn } from "@/components/reporting/reporting-section";
import { formatsFor } from "@/lib/i18n/format";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { addMonths, schedule } from "@/lib/reporting/schedule";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const english = createTranslator({ locale: "en", messages: en, namespace: "reports.whenDue" });
const whenDue = (requirement: Parameters<typeof whenDueIn>[0]) => whenDueIn(requirement, english, formatsFor("en"));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const periods = (rows: ReturnType<typeof schedule>) => rows.map((r) => `${iso(r.periodStart)}..${iso(r.periodEnd)}`);

describe("report due dates", () => {
  it("adds months without overflowing short months", () => {
    expect(iso(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(addMonths(d("2024-01-31"), 1))).toBe("2024-02-29");
    expect(iso(addMonths(d("2026-08-31"), -6))).toBe("2026-02-28");
  });

  it("every six months from a month's end keeps to month ends, until the project ends, periods without gaps", () => {
    const rows = schedule({ everyMonths: 6, firstDueOn: d("2025-06-30"), lastDueOn: null }, { startsOn: d("2025-02-15"), endsOn: d("2027-03-31") });
    expect(rows.map((r) => iso(r.dueOn))).toEqual(["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"]);
    expect(periods(rows)).toEqual(["2025-02-15..2025-06-30", "2025-07-01..2025-12-31", "2026-01-01..2026-06-30", "2026-07-01..2026-12-31"]);
  });

  it("monthly from 31 January lands on each month's last day", () => {
    const rows = schedule({ everyMonths: 1, firstDueOn: d("2026-01-31"), lastDueOn: d("2026-04-30") }, { startsOn: null, endsOn: null });
    expect(rows.map((r) => iso(r.dueOn))).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(periods(rows)[0]).toBe("2026-01-01..2026-01-31");
  });

  it("a mid-month series keeps its day; the first period is one interval, not the whole project", () => {
    const rows = schedule({ everyMonths: 3, firstDueOn: d("2026-01-15"), lastDueOn: d("2026-12-31") }, { startsOn: d("2020-01-01"), endsOn: null });
    expect(rows.map((r) => iso(r.dueOn))).toEqual(["2026-01-15", "2026-04-15", "2026-07-15", "2026-10-15"]);
    expect(periods(rows)[0]).toBe("2025-10-16..2026-01-15");
  });

  it("a one-off report covers the project up to its due date", () => {
    expect(periods(schedule({ everyMonths: null, firstDueOn: d("2027-06-30"), lastDueOn: null }, { startsOn: d("2024-01-01"), endsOn: null }))).toEqual(["2024-01-01..2027-06-30"]);
  });
});

describe("a requirement in words", () => {
  it("reads a series that ends before its second report as one report, and a series to its last due date", () => {
    expect(whenDue({ everyMonths: 6, firstDueOn: d("2027-01-16"), lastDueOn: d("2027-01-16") })).toBe("once, due 16 Jan 2027");
    expect(whenDue({ everyMonths: 6, firstDueOn: d("2027-01-16"), lastDueOn: d("2027-05-01") })).toBe("once, due 16 Jan 2027");
    expect(whenDue({ everyMonths: 6, firstDueOn: d("2027-01-16"), lastDueOn: d("2028-03-01") })).toBe("every 6 months from 16 Jan 2027 to 16 Jan 2028");
    expect(whenDue({ everyMonths: 12, firstDueOn: d("2027-03-31"), lastDueOn: null })).toBe("every year from 31 Mar 2027 to the project's end");
    expect(whenDue({ everyMonths: 1, firstDueOn: d("2027-03-31"), lastDueOn: d("2027-05-31") })).toBe("every month from 31 Mar 2027 to 31 May 2027");
    expect(whenDue({ everyMonths: null, firstDueOn: d("2027-03-31"), lastDueOn: null })).toBe("once, due 31 Mar 2027");
  });

  it("reads in the reader's language", () => {
    const french = createTranslator({ locale: "fr", messages: fr, namespace: "reports.whenDue" });
    expect(whenDueIn({ everyMonths: 6, firstDueOn: d("2027-01-16"), lastDueOn: d("2028-03-01") }, french, formatsFor("fr"))).toBe("tous les 6 mois du 16 janv. 2027 au 16 janv. 2028");
    expect(whenDueIn({ everyMonths: 12, firstDueOn: d("2027-03-31"), lastDueOn: null }, french, formatsFor("fr"))).toBe("tous les ans du 31 mars 2027 jusqu'à la fin du projet");
  });
});
