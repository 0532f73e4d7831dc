// The pipeline's rules against hostile input (property tests): whatever a forged form sends, the
// opportunity schema never throws and refuses with catalogue messages; accepted tranches add up to
// the amount exactly; the list's URL filters never throw and drop what they do not know; and the
// stage rules keep a converted opportunity won.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountCents } from "@/lib/domain/money";
import { fieldErrorsOf } from "@/lib/domain/field-errors";
import { OpportunityStage } from "@/lib/generated/prisma/enums";
import { parsePipelineFilters } from "@/lib/pipeline/filters";
import { opportunitySchema, type OpportunityFormValues } from "@/lib/pipeline/schema";
import { DEFAULT_PROBABILITIES, isOpen, nextStage, probabilityOf, STAGES, stageTargets } from "@/lib/pipeline/stages";

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "1,000,000.005", "99999999999999999.99", "2026-02-30", "USD", "usd", "XXX", "new", "<script>", "\u0000", "x".repeat(6000)),
);
const amount = fc.oneof(hostile, fc.integer({ min: 1, max: 10_000_000 }).map(String));

const form = fc.record({
  title: hostile,
  organisationId: hostile,
  newOrganisationName: hostile,
  newOrganisationKind: fc.oneof(hostile, fc.constantFrom("GOVERNMENT", "PRIVATE_COMPANY")),
  amount,
  currency: fc.oneof(hostile, fc.constant("USD")),
  tranches: fc.array(fc.record({ year: fc.oneof(hostile, fc.integer({ min: 1980, max: 2110 }).map(String)), amount }), { maxLength: 25 }),
  stage: fc.oneof(hostile, fc.constantFrom(...STAGES)),
  probability: fc.oneof(hostile, fc.integer({ min: -5, max: 105 }).map(String)),
  probabilityReason: hostile,
  expectedDecisionOn: fc.oneof(hostile, fc.constant("2027-03-31")),
  responsibleOfficerId: hostile,
  officeId: hostile,
  countries: fc.oneof(hostile, fc.constant("KH, vn")),
  themeIds: fc.array(hostile, { maxLength: 3 }),
  nextStep: hostile,
  nextStepDueOn: hostile,
  closeReason: fc.oneof(hostile, fc.constantFrom("NO_FUNDS", "OTHER")),
  closeNote: hostile,
  summary: hostile,
}) as fc.Arbitrary<OpportunityFormValues>;

describe("the opportunity form from a hostile browser", () => {
  it("never throws; refusals are catalogue messages; accepted tranches add up to the amount, one per year", () => {
    fc.assert(
      fc.property(form, (values) => {
        const parsed = opportunitySchema.safeParse(values);
        if (!parsed.success) {
          // What a person reads: catalogue messages only (zod's own, for forged values, read as "check this value").
          for (const message of Object.values(fieldErrorsOf(parsed.error))) expect(message.key).toMatch(/^problems\.[A-Za-z0-9]+$/);
          return;
        }
        const o = parsed.data;
        expect(Object.values(OpportunityStage)).toContain(o.stage);
        expect(amountCents(o.amount)! > 0n).toBe(true);
        if (o.tranches.length) {
          expect(o.tranches.reduce((sum, t) => sum + amountCents(t.amount)!, 0n)).toBe(amountCents(o.amount));
          expect(new Set(o.tranches.map((t) => t.year)).size).toBe(o.tranches.length);
        }
        if (o.probability !== null) expect(o.probabilityReason).not.toBeNull();
        if (o.stage === "LOST" || o.stage === "WITHDRAWN") expect(o.closeReason).not.toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});

describe("the list's filters from any address", () => {
  it("never throw, and keep only values they understand", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("stage", "year", "currency", "decidedFrom", "decisionWithin", "stepOverdue", "sort", "page", "q", "other"), fc.oneof(hostile, fc.array(hostile, { maxLength: 2 }))), (params) => {
        const filters = parsePipelineFilters(params);
        if (filters.stage) expect([...STAGES, "open", "decided"]).toContain(filters.stage);
        if (filters.year !== undefined) expect(filters.year === "none" || (Number.isInteger(filters.year) && filters.year >= 1900 && filters.year <= 2200)).toBe(true);
        if (filters.currency) expect(filters.currency).toMatch(/^[A-Z]{3}$/);
        expect(filters).not.toHaveProperty("other");
      }),
    );
  });
});

describe("stages", () => {
  it("an open opportunity goes anywhere; a decided one only back into the pipeline; a converted one stays won", () => {
    for (const stage of STAGES) {
      const targets = stageTargets(stage, false);
      expect(targets).not.toContain(stage);
      if (!isOpen(stage)) expect(targets.every(isOpen)).toBe(true);
    }
    expect(stageTargets("WON", true)).toEqual([]);
    expect(nextStage("IDEA")).toBe("CONCEPT_NOTE");
    expect(nextStage("NEGOTIATION")).toBe("WON");
    expect(nextStage("LOST")).toBeNull();
  });

  it("an opportunity's own probability wins over its stage's", () => {
    expect(probabilityOf({ stage: "NEGOTIATION", probability: null }, DEFAULT_PROBABILITIES)).toBe(90);
    expect(probabilityOf({ stage: "NEGOTIATION", probability: 60 }, DEFAULT_PROBABILITIES)).toBe(60);
    expect(probabilityOf({ stage: "IDEA", probability: 0 }, DEFAULT_PROBABILITIES)).toBe(0);
  });
});
