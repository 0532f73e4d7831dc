"use server";
// Server Actions for clearance: an officer submits; a manager or an administrator clears or returns.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { NO_VERSION, SIGNED_OUT } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { decideClearance, submitForClearance } from "./mutations";

async function run(form: FormData, step: (viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>, id: string, readVersion: number) => Promise<ActionResult>) {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const id = String(form.get("id") ?? "");
  const result = await step(viewer, id, readVersion.data);
  if (result.ok) revalidatePath(`/agreements/${id}`);
  return result;
}

export async function submitForClearanceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, (viewer, id, readVersion) => submitForClearance(viewer, id, readVersion));
}

export async function decideClearanceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const decision = form.get("decision") === "clear" ? "clear" : "return";
  return run(form, (viewer, id, readVersion) => decideClearance(viewer, id, readVersion, decision, String(form.get("comment") ?? "")));
}
