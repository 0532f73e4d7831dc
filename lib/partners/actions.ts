"use server";
// Server Actions for partner forms: the viewer comes from the session, never from the client.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { version } from "@/lib/domain/validation";
import { createPartner, setPartnerArchived, updatePartner } from "./mutations";
import { partnerFormValues, type PartnerFormValues } from "./schema";

export interface PartnerFormState {
  result: ActionResult | null;
  values: PartnerFormValues | null;
  attempt: number;
}

const SIGNED_OUT = refused("Your session has ended: sign in again, then repeat the change.");
const NO_VERSION = refused("The form is missing the record's version: reload the page.");

export async function savePartnerAction(previous: PartnerFormState, form: FormData): Promise<PartnerFormState> {
  const values = partnerFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const result = id
    ? readVersion.success
      ? await updatePartner(viewer, id, readVersion.data, values)
      : NO_VERSION
    : await createPartner(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/partners");
  redirect(`/partners/${result.id}`);
}

export async function archivePartnerAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const result = await setPartnerArchived(viewer, id, readVersion.data, form.get("archived") === "true");
  if (result.ok) revalidatePath(`/partners/${id}`);
  return result;
}
