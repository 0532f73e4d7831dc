"use server";
// Server Actions for partner forms.
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { createPartner, setPartnerArchived, updatePartner } from "./mutations";
import { partnerFormValues, type PartnerFormValues } from "./schema";

export type PartnerFormState = FormState<PartnerFormValues>;

export async function savePartnerAction(previous: PartnerFormState, input: unknown): Promise<PartnerFormState> {
  const form = formOf(input);
  return saveRecord(previous, form, { values: partnerFormValues, create: createPartner, update: updatePartner, path: "/partners" });
}

export async function archivePartnerAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setPartnerArchived);
}
