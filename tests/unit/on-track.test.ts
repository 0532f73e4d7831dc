import { describe, expect, it } from "vitest";
import { standingOf, type JudgedIndicator } from "@/lib/results/on-track";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const indicator = (fields: Partial<JudgedIndicator>): JudgedIndicator => ({ measure: "UNIT", ascending: true, baselineValue: 0, periods: [], ...fields });

describe("the on-track rule", () => {
  it("is on track at 90% of the way from baseline to target, behind just short of it", () => {
    const at = (actual: number) => standingOf(indicator({ baselineValue: 20, periods: [{ periodEnd: d("2026-06-30"), target: 30, actual }] }));
    expect(at(29)).toBe("on-track"); // 90% of the 10 to cover
    expect(at(28.99)).toBe("behind");
    expect(at(35)).toBe("on-track");
  });

  it("judges a descending indicator the other way (lower is better)", () => {
    const at = (actual: number) => standingOf(indicator({ ascending: false, baselineValue: 6, periods: [{ periodEnd: d("2025-12-31"), target: 5, actual }] }));
    expect(at(5.1)).toBe("on-track");
    expect(at(5.2)).toBe("behind");
    expect(at(6.5)).toBe("behind");
  });

  it("takes a missing baseline as zero", () => {
    const at = (actual: number) => standingOf(indicator({ baselineValue: null, periods: [{ periodEnd: d("2026-06-30"), target: 100, actual }] }));
    expect(at(90)).toBe("on-track");
    expect(at(89)).toBe("behind");
  });

  it("judges the latest actual against the target in force for its period (the latest target up to then)", () => {
    const periods = [
      { periodEnd: d("2025-12-31"), target: 10, actual: 9.5 },
      { periodEnd: d("2026-06-30"), target: null, actual: 9.2 },
      { periodEnd: d("2026-12-31"), target: 40, actual: null },
    ];
    expect(standingOf(indicator({ periods }))).toBe("on-track"); // 9.2 against 10, not against the later 40
    expect(standingOf(indicator({ periods: [...periods].reverse() }))).toBe("on-track"); // order does not matter
  });

  it("has no data without an actual, or without a target up to the actual's period", () => {
    expect(standingOf(indicator({ periods: [{ periodEnd: d("2026-06-30"), target: 10, actual: null }] }))).toBe("no-data");
    expect(standingOf(indicator({ periods: [{ periodEnd: d("2026-06-30"), target: null, actual: 3 }, { periodEnd: d("2026-12-31"), target: 10, actual: null }] }))).toBe("no-data");
  });

  it("does not judge qualitative indicators", () => {
    expect(standingOf(indicator({ measure: "QUALITATIVE", periods: [{ periodEnd: d("2026-06-30"), target: 1, actual: 0 }] }))).toBe("qualitative");
  });

  it("a target at the baseline is met by reaching it in the right direction", () => {
    expect(standingOf(indicator({ baselineValue: 5, periods: [{ periodEnd: d("2026-06-30"), target: 5, actual: 5 }] }))).toBe("on-track");
    expect(standingOf(indicator({ baselineValue: 5, periods: [{ periodEnd: d("2026-06-30"), target: 5, actual: 4.9 }] }))).toBe("behind");
  });
});
