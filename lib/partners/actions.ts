"use server";
// Server Actions for partner forms.
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { createPartner, setPartnerArchived, updatePartner } from "./mutations";
import { partnerFormValues, type PartnerFormValues } from "./schema";

export type PartnerFormState = FormState<PartnerFormValues>;

export async function savePartnerAction(previous: PartnerFormState, form: FormData): Promise<PartnerFormState> {
  return saveRecord(previous, form, { values: partnerFormValues, create: createPartner, update: updatePartner, path: "/partners" });
}

export async function archivePartnerAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return archiveRecord(form, setPartnerArchived);
}
