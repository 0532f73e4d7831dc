"use server";
// Server Actions for project and status report forms.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { version } from "@/lib/domain/validation";
import { SIGNED_OUT, archiveRecord, formOf, nextAttempt, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { addStatusReport, createProject, setProjectArchived, setStatusReportArchived, updateProject, updateStatusReport } from "./mutations";
import { projectFormValues, statusReportFormValues, type ProjectFormValues, type StatusReportFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";

export type ProjectFormState = FormState<ProjectFormValues>;
export type StatusReportFormState = FormState<StatusReportFormValues>;

export async function saveProjectAction(previous: ProjectFormState, input: unknown): Promise<ProjectFormState> {
  const form = formOf(input);
  return saveRecord(previous, form, { values: projectFormValues, create: createProject, update: updateProject, path: "/projects" });
}

export async function archiveProjectAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setProjectArchived);
}

/** Adds a status report, or corrects one (with `reportId` and `version`) and returns to the project. */
export async function saveStatusReportAction(previous: StatusReportFormState, input: unknown): Promise<StatusReportFormState> {
  const form = formOf(input);
  const values = statusReportFormValues(form);
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const reportId = String(form.get("reportId") ?? "");
  if (reportId) {
    const readVersion = version.safeParse(form.get("version"));
    const result = readVersion.success
      ? await updateStatusReport(viewer, reportId, readVersion.data, values)
      : refused(msg("problems.formMissingRecordsVersion"));
    if (!result.ok) return { result, values, attempt };
    revalidatePath(`/projects/${result.id}`);
    redirect(`/projects/${result.id}`);
  }
  const projectId = String(form.get("projectId") ?? "");
  const result = await addStatusReport(viewer, projectId, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath(`/projects/${projectId}`);
  return { result, values: null, attempt }; // a fresh, empty form for the next report
}

export async function archiveStatusReportAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setStatusReportArchived);
}
