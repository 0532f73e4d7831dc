"use server";
// Server Actions for agreement forms: the viewer comes from the session, never from the client.
// Next.js checks the Origin of every Server Action request against the host (CSRF).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { version } from "@/lib/domain/validation";
import { createAgreement, setAgreementArchived, updateAgreement } from "./mutations";
import { agreementFormValues, type AgreementFormValues } from "./schema";

export interface AgreementFormState {
  result: ActionResult | null;
  /** What was submitted, so a refused form shows it again. */
  values: AgreementFormValues | null;
  /** Counts submissions, so the form re-renders the returned values. */
  attempt: number;
}

const SIGNED_OUT = refused("Your session has ended: sign in again, then repeat the change.");

export async function saveAgreementAction(previous: AgreementFormState, form: FormData): Promise<AgreementFormState> {
  const values = agreementFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const result = id
    ? readVersion.success
      ? await updateAgreement(viewer, id, readVersion.data, values)
      : refused("The form is missing the record's version: reload the page.")
    : await createAgreement(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/agreements");
  redirect(`/agreements/${result.id}`);
}

export async function archiveAgreementAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return refused("The form is missing the record's version: reload the page.");
  const result = await setAgreementArchived(viewer, id, readVersion.data, form.get("archived") === "true");
  if (result.ok) revalidatePath(`/agreements/${id}`);
  return result;
}
