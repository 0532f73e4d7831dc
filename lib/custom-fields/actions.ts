"use server";
// Server Actions for the custom fields page (administrators).
import { formOf, NO_VERSION, saveAndStay, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { createCustomField, updateCustomField } from "./mutations";
import { customFieldFormValues, type CustomFieldFormValues } from "./schema";

export type CustomFieldFormState = FormState<CustomFieldFormValues>;

/** Adds a field (no `id` in the form) or changes one at the form's `version`. */
export async function saveCustomFieldAction(previous: CustomFieldFormState, input: unknown): Promise<CustomFieldFormState> {
  const form = formOf(input);
  const values = customFieldFormValues(form);
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  return saveAndStay(
    previous,
    values,
    (viewer) => (!id ? createCustomField(viewer, values) : readVersion.success ? updateCustomField(viewer, id, readVersion.data, values) : Promise.resolve(NO_VERSION)),
    () => "/admin/custom-fields",
  );
}
