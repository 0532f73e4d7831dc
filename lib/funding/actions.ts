"use server";
// Server Actions for the funding forms on the agreement page. Each takes the viewer from the
// session; after a save the form comes back empty for the next entry, and the page shows the row.
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveAndStay, type FormState } from "@/lib/domain/form-actions";
import { addInstalment, createCommitment, recordReceipt, setFundingArchived } from "./mutations";
import {
  commitmentFormValues,
  instalmentFormValues,
  receiptFormValues,
  type CommitmentFormValues,
  type InstalmentFormValues,
  type ReceiptFormValues,
} from "./schema";

export type CommitmentFormState = FormState<CommitmentFormValues>;
export type InstalmentFormState = FormState<InstalmentFormValues>;
export type ReceiptFormState = FormState<ReceiptFormValues>;

/** Each funding write answers with the agreement's id: its page is the one to refresh. */
const agreementPage = (result: { id: string }) => `/agreements/${result.id}`;

export async function saveCommitmentAction(previous: CommitmentFormState, input: unknown): Promise<CommitmentFormState> {
  const form = formOf(input);
  const values = commitmentFormValues(form);
  return saveAndStay(previous, values, (viewer) => createCommitment(viewer, String(form.get("agreementId") ?? ""), values), agreementPage);
}

export async function saveInstalmentAction(previous: InstalmentFormState, input: unknown): Promise<InstalmentFormState> {
  const form = formOf(input);
  const values = instalmentFormValues(form);
  return saveAndStay(previous, values, (viewer) => addInstalment(viewer, values), agreementPage);
}

export async function saveReceiptAction(previous: ReceiptFormState, input: unknown): Promise<ReceiptFormState> {
  const form = formOf(input);
  const values = receiptFormValues(form);
  return saveAndStay(previous, values, (viewer) => recordReceipt(viewer, values), agreementPage);
}

export async function archiveCommitmentAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Commitment", id, readVersion, archived));
}

export async function archiveInstalmentAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Instalment", id, readVersion, archived));
}

export async function archiveReceiptAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Receipt", id, readVersion, archived));
}
