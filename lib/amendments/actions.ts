"use server";
// The amendment form's Server Action: the viewer from the session, the agreement's version as the
// form read it; a fresh form after a save.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { refused } from "@/lib/domain/action-result";
import { SIGNED_OUT, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { recordAmendment } from "./mutations";
import { amendmentFormValues, type AmendmentFormValues } from "./schema";

export type AmendmentFormState = FormState<AmendmentFormValues>;

export async function saveAmendmentAction(previous: AmendmentFormState, form: FormData): Promise<AmendmentFormState> {
  const values = amendmentFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return { result: refused("The form is missing the agreement's version: reload the page."), values, attempt };
  const agreementId = String(form.get("agreementId") ?? "");
  const result = await recordAmendment(viewer, agreementId, readVersion.data, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath(`/agreements/${agreementId}`);
  return { result, values: null, attempt };
}
