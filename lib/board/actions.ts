"use server";
// Server Actions for the boards: a card moved to another column (by its menu or by dragging).
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, writeAtVersion } from "@/lib/domain/form-actions";
import { moveAgreement, moveProject } from "./mutations";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function moveAgreementAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(form, (viewer, id, readVersion) => moveAgreement(viewer, id, readVersion, text(form, "by"), text(form, "to")), { path: "/agreements/board" });
}

export async function moveProjectAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(form, (viewer, id, readVersion) => moveProject(viewer, id, readVersion, text(form, "by"), text(form, "to")), { path: "/projects/board" });
}
