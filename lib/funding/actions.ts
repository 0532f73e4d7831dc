"use server";
// Server Actions for the funding forms on the agreement page. Each takes the viewer from the
// session; after a save the form comes back empty for the next entry, and the page shows the row.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, SIGNED_OUT, type FormState } from "@/lib/domain/form-actions";
import type { Viewer } from "@/lib/policy";
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

/** Runs a funding write as the signed-in viewer; keeps what was typed when it is refused. */
async function save<Values>(
  previous: FormState<Values>,
  values: Values,
  write: (viewer: Viewer) => Promise<ActionResult<{ id: string } & object>>,
): Promise<FormState<Values>> {
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const result = await write(viewer);
  if (!result.ok) return { result, values, attempt };
  revalidatePath(`/agreements/${result.id}`);
  return { result, values: null, attempt };
}

export async function saveCommitmentAction(previous: CommitmentFormState, form: FormData): Promise<CommitmentFormState> {
  const values = commitmentFormValues(form);
  return save(previous, values, (viewer) => createCommitment(viewer, String(form.get("agreementId") ?? ""), values));
}

export async function saveInstalmentAction(previous: InstalmentFormState, form: FormData): Promise<InstalmentFormState> {
  const values = instalmentFormValues(form);
  return save(previous, values, (viewer) => addInstalment(viewer, values));
}

export async function saveReceiptAction(previous: ReceiptFormState, form: FormData): Promise<ReceiptFormState> {
  const values = receiptFormValues(form);
  return save(previous, values, (viewer) => recordReceipt(viewer, values));
}

export async function archiveCommitmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Commitment", id, readVersion, archived));
}

export async function archiveInstalmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Instalment", id, readVersion, archived));
}

export async function archiveReceiptAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return archiveRecord(form, (viewer, id, readVersion, archived) => setFundingArchived(viewer, "Receipt", id, readVersion, archived));
}
