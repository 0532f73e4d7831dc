// Exact amounts of money as the forms carry them (decimal text, at most 2 decimals), and in cents
// as BigInt to add them up: without zod, so the browser's schedule editor and the server's schema
// read an amount the same way.

/** Whether text (separators removed) is an amount: up to 16 digits, at most 2 decimals. */
export const isAmount = (text: string) => /^\d{1,16}(\.\d{1,2})?$/.test(text);

/** An amount as typed ("1,250,000.5") in cents, exactly; null when it is not an amount. */
export function amountCents(typed: string | null): bigint | null {
  const text = typed?.trim().replace(/[,\s]/g, "") ?? "";
  if (!isAmount(text)) return null;
  const [whole, fraction = ""] = text.split(".");
  return BigInt(whole + fraction.padEnd(2, "0"));
}

/** Cents back as an amount's decimal text ("250000.50"). */
export const fromCents = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
