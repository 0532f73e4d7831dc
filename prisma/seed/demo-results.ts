// The demo's results frameworks and partner reporting (all INVENTED: the brochure names the
// projects, not their indicators). Two projects carry a results framework with three periods of
// actuals; ASEAN, which co-implements both, reports on them: one report submitted and waiting, one
// returned, one overdue, and the next ones due.
import type { Health, IndicatorMeasure, ReportKind, ReportState, ResultType } from "@/lib/generated/prisma/enums";

export interface DemoIndicator {
  title: string;
  measure: IndicatorMeasure;
  ascending?: boolean;
  baseline?: [number, string]; // year, value
  /** period end (start is the day after the previous end, or `from`) -> target, actual */
  from: string;
  periods: { end: string; target?: string; actual?: string; comment?: string }[];
}

export interface DemoRequirement {
  organisation: string;
  kind: ReportKind;
  everyMonths: number | null;
  firstDueOn: string;
  /** What happened to the reports due on these dates; the others are still due. */
  reports: Record<
    string,
    {
      state: Exclude<ReportState, "DUE">;
      submittedOn: string;
      narrative: string;
      health?: Health;
      progressPercent?: number;
      decidedOn?: string;
      comment?: string;
      /** Indicator title -> the actual reported (for a report not yet accepted). */
      actuals?: Record<string, string>;
    }
  >;
}

export interface DemoResults {
  project: string;
  results: { type: ResultType; title: string; indicators: DemoIndicator[] }[];
  requirements: DemoRequirement[];
}

export const RESULTS: DemoResults[] = [
  {
    project: "RAS/12/03/JPN",
    results: [
      {
        type: "OUTCOME",
        title: "ASEAN member states extend unemployment protection to more workers",
        indicators: [
          {
            title: "Countries with an unemployment insurance scheme designed",
            measure: "UNIT",
            baseline: [2022, "0"],
            from: "2022-04-01",
            periods: [
              { end: "2024-12-31", target: "1", actual: "1", comment: "Viet Nam's scheme reviewed and redesigned." },
              { end: "2025-06-30", target: "2", actual: "2" },
              { end: "2025-12-31", target: "3", actual: "2", comment: "Lao PDR design postponed to 2026." },
              { end: "2026-06-30", target: "3" },
              { end: "2026-12-31", target: "4" },
            ],
          },
          {
            title: "Share of workers in the four countries covered by social insurance",
            measure: "PERCENTAGE",
            baseline: [2022, "18"],
            from: "2022-04-01",
            periods: [
              { end: "2024-12-31", target: "20", actual: "19.5" },
              { end: "2025-06-30", target: "21", actual: "20.4" },
              { end: "2025-12-31", target: "22", actual: "21.8" },
              { end: "2026-06-30", target: "23" },
              { end: "2026-12-31", target: "24" },
            ],
          },
        ],
      },
      {
        type: "OUTPUT",
        title: "Feasibility studies and tripartite consultations",
        indicators: [
          {
            title: "How social partners judge the consultations",
            measure: "QUALITATIVE",
            from: "2022-04-01",
            periods: [{ end: "2025-12-31", comment: "Employers' and workers' organisations took part in all four national consultations." }],
          },
        ],
      },
    ],
    requirements: [
      {
        organisation: "asean",
        kind: "PROGRESS",
        everyMonths: 6,
        firstDueOn: "2025-06-30",
        reports: {
          "2025-06-30": { state: "ACCEPTED", submittedOn: "2025-07-08", decidedOn: "2025-07-15", health: "ON_TRACK", progressPercent: 30, narrative: "Cambodia's feasibility study validated by the tripartite committee." },
          "2025-12-31": { state: "ACCEPTED", submittedOn: "2026-01-12", decidedOn: "2026-01-16", health: "AT_RISK", progressPercent: 40, narrative: "Lao PDR design postponed after the change of minister; two schemes designed." },
          "2026-06-30": {
            state: "SUBMITTED",
            submittedOn: "2026-11-24",
            health: "ON_TRACK",
            progressPercent: 52,
            narrative: "Lao PDR design resumed in July; Myanmar consultations held online. Coverage data from the 2025 labour force surveys.",
            actuals: { "Countries with an unemployment insurance scheme designed": "3", "Share of workers in the four countries covered by social insurance": "22.6" },
          },
        },
      },
      { organisation: "asean", kind: "FINANCIAL", everyMonths: 12, firstDueOn: "2026-03-31", reports: {} },
    ],
  },
  {
    project: "RAS/13/02/SGP",
    results: [
      {
        type: "OUTPUT",
        title: "Labour inspectors in Lao PDR trained in the new inspection system",
        indicators: [
          {
            title: "Labour inspectors trained",
            measure: "UNIT",
            baseline: [2013, "0"],
            from: "2023-01-01",
            periods: [
              { end: "2023-12-31", target: "40", actual: "38" },
              { end: "2024-12-31", target: "80", actual: "84" },
              { end: "2025-12-31", target: "120", actual: "97", comment: "Two provincial courses cancelled after the floods." },
              { end: "2026-12-31", target: "150" },
            ],
          },
        ],
      },
      {
        type: "OUTCOME",
        title: "Workplace accidents fall in inspected provinces",
        indicators: [
          {
            title: "Reported serious accidents per 10,000 workers in inspected provinces",
            measure: "UNIT",
            ascending: false,
            baseline: [2022, "6.2"],
            from: "2023-01-01",
            periods: [
              { end: "2023-12-31", target: "6.0", actual: "6.1" },
              { end: "2024-12-31", target: "5.6", actual: "5.5" },
              { end: "2025-12-31", target: "5.2", actual: "5.1" },
              { end: "2026-12-31", target: "4.8" },
            ],
          },
        ],
      },
    ],
    requirements: [
      {
        organisation: "asean",
        kind: "PROGRESS",
        everyMonths: 12,
        firstDueOn: "2024-12-31",
        reports: {
          "2024-12-31": { state: "ACCEPTED", submittedOn: "2025-01-14", decidedOn: "2025-01-20", health: "ON_TRACK", progressPercent: 70, narrative: "84 inspectors trained; the OSH network met twice." },
          "2025-12-31": { state: "ACCEPTED", submittedOn: "2026-01-10", decidedOn: "2026-01-19", health: "AT_RISK", progressPercent: 80, narrative: "Floods cancelled two provincial courses; accident rates keep falling." },
        },
      },
      {
        organisation: "asean",
        kind: "FINANCIAL",
        everyMonths: null,
        firstDueOn: "2026-12-15",
        reports: {
          "2026-12-15": {
            state: "RETURNED",
            submittedOn: "2026-11-02",
            decidedOn: "2026-11-09",
            narrative: "Expenditure to 30 September 2026: SGD 792,400 of SGD 850,000.",
            comment: "The expenditure table does not match the instalment received: please attach the certified statement and resubmit.",
          },
        },
      },
    ],
  },
];

/** Partners' notes on the action items they own (the demo's "marked done by the partner"). */
export const ACTION_ITEM_NOTES: { item: string; by: string; status: "IN_PROGRESS" | "DONE"; on: string; body: string }[] = [
  { item: "Co-organise the ASEAN Forum on Migrant Labour", by: "asean@example.org", status: "DONE", on: "2025-11-03", body: "Forum held in Manila on 28–29 October 2025; the recommendations are attached to the meeting." },
];
