"use server";
// Server Actions of the administrators' IATI publishing page.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT } from "@/lib/domain/form-actions";
import type { Viewer } from "@/lib/policy";
import { setAgreementPublishable, setDocumentPublic, setPublicFile, setThemeSector } from "./publishing";

async function publishing(write: (viewer: Viewer) => Promise<ActionResult>): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await write(viewer);
  if (result.ok) revalidatePath("/admin/iati");
  return result;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const on = (form: FormData) => form.get("on") === "true";

export async function setPublicFileAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return publishing((viewer) => setPublicFile(viewer, on(form)));
}

export async function setAgreementPublishableAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return publishing((viewer) => setAgreementPublishable(viewer, field(form, "id"), on(form)));
}

export async function setDocumentPublicAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return publishing((viewer) => setDocumentPublic(viewer, field(form, "id"), on(form)));
}

export async function setThemeSectorAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return publishing((viewer) => setThemeSector(viewer, field(form, "id"), field(form, "sector")));
}
