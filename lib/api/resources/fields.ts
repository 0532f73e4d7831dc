// Field shapes the API's items share, and the conversions into them: days as YYYY-MM-DD, money as
// exact decimal strings (never floats), ids as the records' own.
import { z } from "zod";
import { isoDate } from "@/lib/domain/format";
import { isRealIsoDate } from "@/lib/domain/validation";

export const id = z.string().describe("The record's id, as in the app's addresses.");
export const day = z.iso.date();
export const timestamp = z.iso.datetime();
export const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("An exact decimal amount, as a string: parse it as a decimal, not a float.");
export const money = z.object({ amount: decimal, currency: z.string().length(3).describe("ISO 4217") });

export const toDay = (date: Date) => isoDate(date)!;
export const toDayOrNull = (date: Date | null) => isoDate(date);
export const toDecimal = (value: { toFixed(digits: number): string }) => value.toFixed(2);
export const toDecimalOrNull = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/** A filter day, YYYY-MM-DD that exists, as UTC midnight. */
export const dayParam = z
  .string()
  .refine(isRealIsoDate, "must be a day that exists, as YYYY-MM-DD")
  .transform((v) => new Date(`${v}T00:00:00Z`));

/** A record id in a filter. */
export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a record id");

/** The keyset: items in id order, after the cursor's id. */
export const after = (page: { after?: string }) => (page.after ? { id: { gt: page.after } } : {});
