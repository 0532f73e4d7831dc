// Dates in the database are calendar dates (PostgreSQL DATE, read as UTC midnight): format them
// in UTC so no time zone moves them a day. Money is a decimal string, never a float.

/** Today as a calendar date (UTC midnight), the way DATE columns read. */
/**
 * The calendar day it is in the organisation's time zone (TIME_ZONE, an IANA name such as
 * Asia/Bangkok; UTC when unset), as UTC midnight like every stored date: what "today", "overdue"
 * and "due in 3 days" count from. At 01:00 in Bangkok it is already tomorrow's date there.
 */
export function today(now = new Date(), zone = process.env.TIME_ZONE || "UTC"): Date {
  const day = dayFormats.get(zone) ?? dayFormats.set(zone, new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })).get(zone)!;
  return new Date(`${day.format(now)}T00:00:00Z`);
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function isoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

// One formatter for every date shown: toLocaleDateString builds a new one per call, which was
// a tenth of a list page's server time.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function displayDate(date: Date | null | undefined, empty = "—"): string {
  if (!date) return empty;
  return dateFormat.format(date);
}

/** An exact amount (a Decimal, or numeric text from SQL) with its currency: "USD 2,500,000.00". */
export function displayMoney(amount: { toFixed(digits: number): string } | string | null, currency: string | null): string {
  if (amount === null || !currency) return "—";
  const [whole, cents = "00"] = (typeof amount === "string" ? amount : amount.toFixed(2)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${currency} ${grouped}.${cents}`;
}

/** A value from the audit trail or a conflict, as a sentence shows it. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  return Array.isArray(value) ? value.map(displayOne).join("; ") || "(none)" : displayOne(value);
}

// A date in a recorded change is kept as its ISO text (a day, or a DATE read as UTC midnight):
// shown as every other date on the page is, not as "2028-12-04 → 2030-06-04".
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.000)?Z)?$/;

/** The day a recorded value names, when it is an ISO day (or a DATE read as UTC midnight); else null. */
export function isoDayOf(value: unknown): Date | null {
  const day = ISO_DAY.exec(String(value));
  return day ? new Date(`${day[1]}T00:00:00Z`) : null;
}

function displayOne(value: unknown): string {
  const day = isoDayOf(value);
  return day ? displayDate(day) : String(value);
}
