// The pipeline list's filters, sort and page, as they appear in the URL (shareable; the dashboard's
// forecast links here). Bad values are dropped rather than refused: a list always shows.
import { z } from "zod";
import { countryParam, dayParam } from "@/lib/domain/list-query";
import { OpportunityStage } from "@/lib/generated/prisma/enums";

export const PIPELINE_PAGE_SIZE = 50;
export const PIPELINE_SORTS = ["decision", "title", "amount", "stage", "step"] as const;

const optionalId = z.string().trim().min(1).max(64).optional().catch(undefined);

export const pipelineFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  /** A stage, or "open" (still in the pipeline) or "decided" (won, lost or withdrawn). */
  stage: z.union([z.enum(OpportunityStage), z.enum(["open", "decided"])]).optional().catch(undefined),
  partner: optionalId,
  officer: optionalId,
  office: optionalId,
  theme: optionalId,
  country: countryParam,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  /** Money expected in this year (its tranches, or all of it in its decision's year); "none": no year known. */
  year: z.union([z.literal("none"), z.coerce.number().int().min(1900).max(2200)]).optional().catch(undefined),
  /** Decided (won, lost, withdrawn) on or after this day: the conversion rate's window. */
  decidedFrom: dayParam,
  /** Open, with a decision expected within this many days (or past). */
  decisionWithin: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  /** Open, with its next step past its due date. */
  stepOverdue: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(PIPELINE_SORTS).optional().catch(undefined),
  desc: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type PipelineFilters = z.infer<typeof pipelineFiltersSchema>;

export function parsePipelineFilters(params: Record<string, string | string[] | undefined>): PipelineFilters {
  const entries = Object.entries(params).flatMap(([k, v]) => {
    const value = Array.isArray(v) ? v[0] : v;
    return value === undefined || value === "" ? [] : [[k, value]];
  });
  return pipelineFiltersSchema.parse(Object.fromEntries(entries));
}

/** The URL query for filters, leaving out what is unset; `changes` override. */
export function pipelineQuery(filters: PipelineFilters, changes: Partial<Record<keyof PipelineFilters | "format", string | number | undefined>> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
