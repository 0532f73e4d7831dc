// Field rules shared by the forms' schemas: blank inputs become null, dates are calendar dates,
// money is an exact decimal string, codes are checked against their standards.
import { z } from "zod";
import { isAmount } from "./money";

// Zod compiles faster parsers with `new Function` where it may, and probes for that once. The
// pages' Content-Security-Policy forbids eval, so in the browser the probe alone was reported as a
// CSP violation (Lighthouse's best-practices). Every form's schema imports this module.
z.config({ jitless: true });

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const currencyNames = new Intl.DisplayNames(["en"], { type: "currency", fallback: "none" });

/** Text input: trimmed, control characters refused, blank -> null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, "problems.keepUnderCharacters")
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), "problems.removeControlCharacters")
    .transform((v) => (v === "" ? null : v));
}

export function requiredText(max: number, message: string) {
  return optionalText(max).refine((v): v is string => v !== null, message).transform((v) => v as string);
}

/** YYYY-MM-DD from a date input, as UTC midnight; blank -> null. */
export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isRealIsoDate(v), "problems.enterDateAsYyyy")
  .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00Z`)));

/** A date that must be given: YYYY-MM-DD as UTC midnight. */
export function requiredDate(message: string) {
  return optionalDate.refine((v): v is Date => v !== null, message).transform((v) => v as Date);
}

/** YYYY-MM-DD naming a day that exists (not 2026-13-01 or 2026-02-31), years 1900-2200. */
export function isRealIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v) && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200;
}

/** An amount as typed ("1,250,000.50"): exact decimal string with at most 2 decimals; blank -> null. */
export const optionalAmount = z
  .string()
  .trim()
  .transform((v) => v.replace(/[,\s]/g, ""))
  .refine((v) => v === "" || isAmount(v), "problems.enterAmountSuchAs")
  .transform((v) => (v === "" ? null : v));

/** A measured value as typed ("1,250.5", "-3"): exact decimal string, at most 4 decimals; blank -> null. */
export const optionalValue = z
  .string()
  .trim()
  .transform((v) => v.replace(/[,\s]/g, ""))
  .refine((v) => v === "" || /^-?\d{1,14}(\.\d{1,4})?$/.test(v), "problems.enterNumberSuchAs")
  .transform((v) => (v === "" ? null : v));

/** A whole-number percentage from 0 to 100, as typed. */
export const percent = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v) && +v <= 100, message)
    .transform(Number);

export const optionalCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === "" || (/^[A-Z]{3}$/.test(v) && currencyNames.of(v) !== undefined), "problems.enterIso4217Currency")
  .transform((v) => (v === "" ? null : v));

/** An ISO 4217 code that must be given. */
export function requiredCurrency(message: string) {
  return optionalCurrency.refine((v): v is string => v !== null, message).transform((v) => v as string);
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== "ZZ" && regionNames.of(code) !== undefined;
}

/** "kh, VN ,id" -> ["KH", "VN", "ID"]; every code must be ISO 3166-1 alpha-2. */
export const countryList = z
  .string()
  .transform((v) => [...new Set(v.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))])
  .superRefine((codes, ctx) => {
    const bad = codes.filter((c) => !isCountryCode(c));
    if (bad.length) ctx.addIssue({ code: "custom", message: "problems.notCountryCodes", params: { codes: bad.join(", ") } });
  });

/** One ISO 3166-1 alpha-2 code; blank -> null (regional). */
export const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === "" || isCountryCode(v), "problems.enterIso31661")
  .transform((v) => (v === "" ? null : v));

/** An http(s) address; blank -> null. */
export const optionalWebsite = optionalText(500).refine(
  (v) => v === null || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)),
  "problems.enterWebAddressStarting",
);

export const optionalEmail = optionalText(320).refine(
  (v) => v === null || z.email().safeParse(v).success,
  "problems.enterEmailAddressSuch",
);

/** A whole number input; blank -> null. */
export function optionalInteger(min: number, max: number) {
  return z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && +v >= min && +v <= max), { message: "problems.wholeNumberFromTo", params: { from: min, to: max } })
    .transform((v) => (v === "" ? null : Number(v)));
}

/** The record's version as the form read it. */
export const version = z.coerce.number().int().min(1);

export { fieldErrorsOf } from "./field-errors";
