// Dates, money, numbers, relative days and lists in the reader's language: the one place they are
// formatted for people. Calendar dates (DATE columns, read as UTC midnight) are formatted in UTC so
// no time zone moves them a day; money is a decimal string formatted exactly (Intl takes the digits
// as text, never through a float). English keeps the forms the app has always shown
// ("31 Dec 2026", "USD 1,250,000.50"). Formatters are built once per language and kept.
import { displayDate, displayMoney, isoDayOf } from "@/lib/domain/format";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export interface Formats {
  locale: Locale;
  /** A calendar date: "31 déc. 2026"; `empty` for none. */
  date(date: Date | null | undefined, empty?: string): string;
  /** An exact amount with its currency code where the language puts it: "1 250 000,50 USD". */
  money(amount: { toFixed(digits: number): string } | string | null, currency: string | null): string;
  number(value: number): string;
  /** Days from today: "today", "in 27 days", "il y a 3 jours". */
  relativeDays(days: number): string;
  /** "a, b and c" in the language's way. */
  list(items: string[]): string;
  /** An instant to the minute, in UTC (the audit trail's times): "2026-12-04 10:05 UTC". */
  moment(date: Date): string;
  /** A value from the audit trail or a conflict (ISO days as dates, lists joined); `empty` for none. */
  value(value: unknown, empty: string): string;
}

const cache = new Map<Locale, Formats>();

export function formatsFor(locale: Locale): Formats {
  let formats = cache.get(locale);
  if (!formats) cache.set(locale, (formats = build(locale)));
  return formats;
}

function build(locale: Locale): Formats {
  const dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const numbers = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const today = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(0, "day");
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  const moments = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const money = new Map<string, Intl.NumberFormat>();
  const moneyIn = (currency: string) => {
    let format = money.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code", minimumFractionDigits: 2, maximumFractionDigits: 2 });
      money.set(currency, format);
    }
    return format;
  };
  const english = locale === DEFAULT_LOCALE;
  return {
    locale,
    date: (date, empty = "—") => (english ? displayDate(date, empty) : date ? dates.format(date) : empty),
    money: (amount, currency) => {
      if (english || amount === null || !currency) return displayMoney(amount, currency);
      const digits = typeof amount === "string" ? amount : amount.toFixed(2);
      // Intl.NumberFormat takes a decimal string exactly; its type only names number and bigint.
      return moneyIn(currency).format(digits as unknown as number);
    },
    number: (value) => numbers.format(value),
    relativeDays: (days) => (days === 0 ? today : relative.format(days, "day")),
    list: (items) => lists.format(items),
    moment: (date) => (english ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : `${moments.format(date)} UTC`),
    value(value, empty) {
      if (value === null || value === undefined || value === "") return empty;
      if (Array.isArray(value)) return value.map((one) => this.value(one, empty)).join("; ") || empty;
      const day = isoDayOf(value);
      return day ? this.date(day) : String(value);
    },
  };
}
