"use server";
// Server Actions for importing a spreadsheet: the viewer comes from the session, never from the client.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf } from "@/lib/domain/form-actions";
import { IMPORT_KINDS, previewImport, runImport, type ImportKind, type ImportPreview } from "./import";
import { msg } from "@/lib/i18n/message";

export type ImportState = ActionResult<{ preview?: ImportPreview; imported?: number }> | null;

async function fileOf(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function importAction(_previous: ImportState, input: unknown): Promise<ImportState> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const kind = String(form.get("kind") ?? "") as ImportKind;
  if (!IMPORT_KINDS.includes(kind)) return refused(msg("problems.chooseWhatFileHolds"));
  const file = await fileOf(form);
  if (!file) return refused(msg("problems.chooseFileToImport"));
  if (form.get("step") !== "import") return previewImport(viewer, kind, file);
  const result = await runImport(viewer, kind, file);
  if (result.ok) revalidatePath(kind === "organisations" ? "/partners" : "/agreements", "layout");
  return result;
}
