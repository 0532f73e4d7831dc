"use server";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf, writeAtVersion } from "@/lib/domain/form-actions";
import { acknowledgeMinutes, commentOnActionItem, setActionItemProgress } from "./feedback";

export async function acknowledgeMinutesAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await acknowledgeMinutes(viewer, String(form.get("meetingId") ?? ""));
  if (result.ok) revalidatePath(`/portal/meetings/${result.id}`);
  return result;
}

export async function commentAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await commentOnActionItem(viewer, String(form.get("actionItemId") ?? ""), String(form.get("body") ?? ""));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** A partner marks an item in progress or done, or an officer reopens it, with a note. */
export async function actionItemProgressAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(
    form,
    (viewer, id, readVersion) => setActionItemProgress(viewer, id, readVersion, String(form.get("status") ?? ""), String(form.get("note") ?? "")),
    { path: "/", type: "layout" },
  );
}
