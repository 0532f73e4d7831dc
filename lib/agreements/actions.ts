"use server";
// Server Actions for agreement forms (Next.js checks each request's Origin against the host).
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { createAgreement, setAgreementArchived, updateAgreement } from "./mutations";
import { agreementFormValues, type AgreementFormValues } from "./schema";

export type AgreementFormState = FormState<AgreementFormValues>;

export async function saveAgreementAction(previous: AgreementFormState, input: unknown): Promise<AgreementFormState> {
  const form = formOf(input);
  return saveRecord(previous, form, { values: agreementFormValues, create: createAgreement, update: updateAgreement, path: "/agreements" });
}

export async function archiveAgreementAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setAgreementArchived);
}
