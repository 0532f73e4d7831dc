"use server";
// Server Actions for clearance: an officer submits; a manager or an administrator clears or returns.
import type { ActionResult } from "@/lib/domain/action-result";
import { writeAtVersion } from "@/lib/domain/form-actions";
import { decideClearance, submitForClearance } from "./mutations";

const agreementPage = (form: FormData) => ({ path: `/agreements/${String(form.get("id") ?? "")}` });

export async function submitForClearanceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return writeAtVersion(form, submitForClearance, agreementPage(form));
}

export async function decideClearanceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const decision = form.get("decision") === "clear" ? "clear" : "return";
  return writeAtVersion(form, (viewer, id, readVersion) => decideClearance(viewer, id, readVersion, decision, String(form.get("comment") ?? "")), agreementPage(form));
}
