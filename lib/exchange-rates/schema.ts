// The exchange-rate form: USD per unit of a currency, for a month. Exact decimals, positive.
import { z } from "zod";
import { requiredCurrency } from "@/lib/domain/validation";

export const exchangeRateSchema = z.object({
  currency: requiredCurrency("problems.enterIso4217CurrencyCode").refine((v) => v !== "USD", "problems.usdNeedsNoRate"),
  month: z
    .string()
    .trim()
    .refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && +v.slice(0, 4) >= 1900 && +v.slice(0, 4) <= 2200, "problems.enterMonthAsYyyy")
    .transform((v) => new Date(`${v}-01T00:00:00Z`)),
  usdPerUnit: z
    .string()
    .trim()
    .refine((v) => /^\d{1,10}(\.\d{1,10})?$/.test(v) && /[1-9]/.test(v), "problems.enterHowManyUs"),
});

export type ExchangeRateFormValues = z.input<typeof exchangeRateSchema>;

export function exchangeRateFormValues(form: FormData): ExchangeRateFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return { currency: text("currency"), month: text("month"), usdPerUnit: text("usdPerUnit") };
}
