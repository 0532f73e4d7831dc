"use server";
// Server Actions for project forms: the viewer comes from the session, never from the client.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { version } from "@/lib/domain/validation";
import { addStatusReport, createProject, setProjectArchived, updateProject } from "./mutations";
import { projectFormValues, statusReportFormValues, type ProjectFormValues, type StatusReportFormValues } from "./schema";

export interface ProjectFormState {
  result: ActionResult | null;
  values: ProjectFormValues | null;
  attempt: number;
}

export interface StatusReportFormState {
  result: ActionResult | null;
  values: StatusReportFormValues | null;
  attempt: number;
}

const SIGNED_OUT = refused("Your session has ended: sign in again, then repeat the change.");
const NO_VERSION = refused("The form is missing the record's version: reload the page.");

export async function saveProjectAction(previous: ProjectFormState, form: FormData): Promise<ProjectFormState> {
  const values = projectFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const result = id
    ? readVersion.success
      ? await updateProject(viewer, id, readVersion.data, values)
      : NO_VERSION
    : await createProject(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/projects");
  redirect(`/projects/${result.id}`);
}

export async function archiveProjectAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const result = await setProjectArchived(viewer, id, readVersion.data, form.get("archived") === "true");
  if (result.ok) revalidatePath(`/projects/${id}`);
  return result;
}

export async function addStatusReportAction(previous: StatusReportFormState, form: FormData): Promise<StatusReportFormState> {
  const values = statusReportFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const projectId = String(form.get("projectId") ?? "");
  const result = await addStatusReport(viewer, projectId, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath(`/projects/${projectId}`);
  // A fresh, empty form for the next report.
  return { result, values: null, attempt };
}
