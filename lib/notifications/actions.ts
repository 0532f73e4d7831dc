"use server";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { markRead } from "./notifications";

export async function markReadAction(form: FormData) {
  const viewer = await getViewer();
  if (!viewer) return;
  const id = String(form.get("id") ?? "");
  await markRead(viewer, id ? [id] : "all");
  revalidatePath("/", "layout");
}
