"use server";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf } from "@/lib/domain/form-actions";
import { markRead } from "./notifications";

/** Marks the viewer's own notifications read: the one named by the form, or all. */
export async function markReadAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const id = String(form.get("id") ?? "");
  await markRead(viewer, id ? [id] : "all");
  revalidatePath("/", "layout");
  return { ok: true, id };
}
