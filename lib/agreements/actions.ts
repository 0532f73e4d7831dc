"use server";
// Server Actions for agreement forms (Next.js checks each request's Origin against the host).
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { createAgreement, setAgreementArchived, updateAgreement } from "./mutations";
import { agreementFormValues, type AgreementFormValues } from "./schema";

export type AgreementFormState = FormState<AgreementFormValues>;

export async function saveAgreementAction(previous: AgreementFormState, form: FormData): Promise<AgreementFormState> {
  return saveRecord(previous, form, { values: agreementFormValues, create: createAgreement, update: updateAgreement, path: "/agreements" });
}

export async function archiveAgreementAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return archiveRecord(form, setAgreementArchived);
}
