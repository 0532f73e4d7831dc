"use server";
// Server Actions for the exchange-rate page (administrators).
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, saveAndStay, writeAtVersion, type FormState } from "@/lib/domain/form-actions";
import { createExchangeRate, updateExchangeRate } from "./mutations";
import { exchangeRateFormValues, type ExchangeRateFormValues } from "./schema";

export type ExchangeRateFormState = FormState<ExchangeRateFormValues>;

export async function saveExchangeRateAction(previous: ExchangeRateFormState, input: unknown): Promise<ExchangeRateFormState> {
  const form = formOf(input);
  const values = exchangeRateFormValues(form);
  return saveAndStay(previous, values, (viewer) => createExchangeRate(viewer, values), () => "/admin/exchange-rates");
}

export async function changeExchangeRateAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(form, (viewer, id, readVersion) => updateExchangeRate(viewer, id, readVersion, String(form.get("usdPerUnit") ?? "")), { path: "/admin/exchange-rates" });
}
