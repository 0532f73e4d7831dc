"use server";
// Server Actions for the exchange-rate page (administrators).
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { NO_VERSION, saveAndStay, SIGNED_OUT, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { createExchangeRate, updateExchangeRate } from "./mutations";
import { exchangeRateFormValues, type ExchangeRateFormValues } from "./schema";

export type ExchangeRateFormState = FormState<ExchangeRateFormValues>;

export async function saveExchangeRateAction(previous: ExchangeRateFormState, form: FormData): Promise<ExchangeRateFormState> {
  const values = exchangeRateFormValues(form);
  return saveAndStay(previous, values, (viewer) => createExchangeRate(viewer, values), () => "/admin/exchange-rates");
}

export async function changeExchangeRateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const result = await updateExchangeRate(viewer, String(form.get("id") ?? ""), readVersion.data, String(form.get("usdPerUnit") ?? ""));
  if (result.ok) revalidatePath("/admin/exchange-rates");
  return result;
}
