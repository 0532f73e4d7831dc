"use server";
// The amendment form's Server Action: the viewer from the session, the agreement's version as the
// form read it; a fresh form after a save.
import { NO_VERSION, formOf, saveAndStay, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { recordAmendment } from "./mutations";
import { amendmentFormValues, type AmendmentFormValues } from "./schema";

export type AmendmentFormState = FormState<AmendmentFormValues>;

export async function saveAmendmentAction(previous: AmendmentFormState, input: unknown): Promise<AmendmentFormState> {
  const form = formOf(input);
  const values = amendmentFormValues(form);
  const agreementId = String(form.get("agreementId") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  return saveAndStay(
    previous,
    values,
    async (viewer) => (readVersion.success ? recordAmendment(viewer, agreementId, readVersion.data, values) : NO_VERSION),
    () => `/agreements/${agreementId}`,
  );
}
