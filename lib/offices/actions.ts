"use server";
// Server Actions for the offices page (administrators).
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, NO_VERSION, saveAndStay, writeAs, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { createOffice, setOfficersReadAllOffices, updateOffice } from "./mutations";
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

export async function setOfficersReadAllAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => setOfficersReadAllOffices(viewer, form.get("on") === "true"), { path: "/admin/offices" });
}
