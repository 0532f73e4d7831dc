"use server";
// Server Actions for the offices page (administrators).
import { formOf, saveAndStay, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { NO_VERSION } from "@/lib/domain/form-actions";
import { createOffice, updateOffice } from "./mutations";
import { officeFormValues, type OfficeFormValues } from "./schema";

export type OfficeFormState = FormState<OfficeFormValues>;

/** Adds an office (no `id` in the form) or changes one at the form's `version`. */
export async function saveOfficeAction(previous: OfficeFormState, input: unknown): Promise<OfficeFormState> {
  const form = formOf(input);
  const values = officeFormValues(form);
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  return saveAndStay(
    previous,
    values,
    (viewer) => (!id ? createOffice(viewer, values) : readVersion.success ? updateOffice(viewer, id, readVersion.data, values) : Promise.resolve(NO_VERSION)),
    () => "/admin/offices",
  );
}
