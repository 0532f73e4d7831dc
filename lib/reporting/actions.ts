"use server";
// Server Actions for reporting: the requirement form on the project page, a partner's submission
// (with its attachments), and the officer's decision. The viewer comes from the session.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/domain/action-result";
import { NO_VERSION, SIGNED_OUT, archiveRecord, formOf, nextAttempt, saveAndStay, writeAtVersion, type FormState } from "@/lib/domain/form-actions";
import { getViewer } from "@/lib/auth/viewer";
import { version } from "@/lib/domain/validation";
import { createRequirement, decideReport, setRequirementArchived, submitReport } from "./mutations";
import { requirementFormValues, submissionFormValues, type RequirementFormValues, type SubmissionFormValues } from "./schema";

export async function saveRequirementAction(previous: FormState<RequirementFormValues>, input: unknown): Promise<FormState<RequirementFormValues>> {
  const form = formOf(input);
  const values = requirementFormValues(form);
  return saveAndStay(previous, values, (viewer) => createRequirement(viewer, String(form.get("projectId") ?? ""), values), (r) => `/projects/${r.id}`);
}

export async function archiveRequirementAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setRequirementArchived);
}

/** Submits a report with what was typed and the files chosen; refused, the form shows it all again. */
export async function submitReportAction(previous: FormState<SubmissionFormValues>, input: unknown): Promise<FormState<SubmissionFormValues>> {
  const form = formOf(input);
  const values = submissionFormValues(form);
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return { result: NO_VERSION, values, attempt };
  const files = await Promise.all(
    form
      .getAll("attachments")
      .filter((f): f is File => f instanceof File && f.size > 0)
      .map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const result = await submitReport(viewer, String(form.get("id") ?? ""), readVersion.data, values, files);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/", "layout");
  return { result, values: null, attempt };
}

export async function decideReportAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const decision = form.get("decision") === "accept" ? "accept" : "return";
  return writeAtVersion(form, (viewer, id, readVersion) => decideReport(viewer, id, readVersion, decision, String(form.get("comment") ?? "")), { path: "/", type: "layout" });
}
