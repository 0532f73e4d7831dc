"use server";
// Server Actions of the administrators' IATI publishing page.
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, writeAs } from "@/lib/domain/form-actions";
import type { Viewer } from "@/lib/policy";
import { setAgreementPublishable, setDocumentPublic, setPublicFile, setThemeSector } from "./publishing";

const publishing = (write: (viewer: Viewer) => Promise<ActionResult>) => writeAs(write, { path: "/admin/iati" });

const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const on = (form: FormData) => form.get("on") === "true";

export async function setPublicFileAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return publishing((viewer) => setPublicFile(viewer, on(form)));
}

export async function setAgreementPublishableAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return publishing((viewer) => setAgreementPublishable(viewer, field(form, "id"), on(form)));
}

export async function setDocumentPublicAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return publishing((viewer) => setDocumentPublic(viewer, field(form, "id"), on(form)));
}

export async function setThemeSectorAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return publishing((viewer) => setThemeSector(viewer, field(form, "id"), field(form, "sector")));
}
