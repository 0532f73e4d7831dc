"use server";
// Server Actions for clearance: an officer submits; a manager or an administrator clears or returns.
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, writeAtVersion } from "@/lib/domain/form-actions";
import { decideClearance, submitForClearance } from "./mutations";

const agreementPage = (form: FormData) => ({ path: `/agreements/${String(form.get("id") ?? "")}` });

export async function submitForClearanceAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(form, submitForClearance, agreementPage(form));
}

export async function decideClearanceAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const decision = form.get("decision") === "clear" ? "clear" : "return";
  return writeAtVersion(form, (viewer, id, readVersion) => decideClearance(viewer, id, readVersion, decision, String(form.get("comment") ?? "")), agreementPage(form));
}
