// The agreements list's filters, sort and page, as they appear in the URL (shareable; the back
// button works). Bad values are dropped rather than refused: a list always shows.
import { z } from "zod";
import { countryParam, dayParam, yearParam } from "@/lib/domain/list-query";
import { customFiltersInUse, customListQuery, customParams, type CustomListQuery } from "@/lib/custom-fields/filters";
import { AgreementStatus, ClearanceState, Instrument, Modality, OrganisationKind } from "@/lib/generated/prisma/enums";

export const PAGE_SIZE = 25;
export const SORTS = ["expiry", "title", "reference", "signed", "status"] as const;

const optionalEnum = <T extends Record<string, string>>(values: T) => z.enum(values).optional().catch(undefined);
const optionalId = z.string().trim().min(1).max(64).optional().catch(undefined);

export const agreementFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: optionalEnum(AgreementStatus),
  instrument: optionalEnum(Instrument),
  modality: optionalEnum(Modality),
  theme: optionalId,
  country: countryParam,
  partner: optionalId,
  /** Agreements with a party of this kind. */
  partnerKind: optionalEnum(OrganisationKind),
  /** Agreements in force at some time in this year (from effective or signature date to expiry). */
  activeIn: yearParam,
  /** With meetingHeld: active agreements expecting meetings that held one (1) or none (0) this year. */
  meetingYear: yearParam,
  meetingHeld: z.enum(["0", "1"]).optional().catch(undefined),
  officer: optionalId,
  /** Agreements of this office and the offices below it. */
  office: optionalId,
  expiringWithin: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  /** Expiry date range, YYYY-MM-DD, either end optional. */
  expiresFrom: dayParam,
  expiresTo: dayParam,
  meetingOverdue: z.literal("1").optional().catch(undefined),
  /** Agreements with an instalment due before today and not fully received. */
  instalmentOverdue: z.literal("1").optional().catch(undefined),
  /** Agreements with money expected in this year (an instalment due in it): the forecast's "committed". */
  instalmentsIn: yearParam,
  clearance: optionalEnum(ClearanceState),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  desc: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** The filters, and the custom fields' filters and columns (lib/custom-fields/filters.ts). */
export type AgreementFilters = z.infer<typeof agreementFiltersSchema> & CustomListQuery;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseAgreementFilters(params: SearchParams | URLSearchParams): AgreementFilters {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const cleaned = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ""));
  return { ...agreementFiltersSchema.parse(cleaned), ...customListQuery(params) };
}

// What is not a filter a person set: the search box (shown apart), the order, the page, and the
// year the meeting filter asks about (always sent with the form).
const NOT_FILTERS = new Set<keyof AgreementFilters>(["q", "sort", "desc", "page", "meetingYear", "custom", "show"]);

/** How many filters are in use: shown on the folded filters of a phone's screen. */
export const filtersInUse = (filters: AgreementFilters) =>
  Object.entries(filters).filter(([key, value]) => !NOT_FILTERS.has(key as keyof AgreementFilters) && value !== undefined).length + customFiltersInUse(filters);

/** The URL query for filters, leaving out what is unset; `changes` override. */
export function filtersQuery(filters: AgreementFilters, changes: Partial<Record<Exclude<keyof AgreementFilters, "custom" | "show"> | "format", string | number | undefined>> = {}) {
  const params = new URLSearchParams();
  const { custom, show, ...own } = filters;
  for (const [key, value] of Object.entries({ ...own, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  for (const [key, value] of customParams({ custom, show })) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
