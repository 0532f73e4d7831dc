"use server";
// Server Actions for documents: the viewer comes from the session, never from the client.
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, archiveRecord, formOf } from "@/lib/domain/form-actions";
import { replaceDocumentFile, setDocumentArchived, uploadDocument, type DocumentParent } from "./mutations";
import { msg } from "@/lib/i18n/message";


const PARENTS = { agreement: "agreementId", meeting: "meetingId", project: "projectId", opportunity: "opportunityId" } as const;
const PAGES = { agreement: "/agreements", meeting: "/meetings", project: "/projects", opportunity: "/pipeline" } as const;

function parentOf(form: FormData): { parent: DocumentParent; page: string } | null {
  const kind = String(form.get("parentType") ?? "") as keyof typeof PARENTS;
  const id = String(form.get("parentId") ?? "");
  if (!Object.hasOwn(PARENTS, kind) || !id) return null;
  const amendmentId = kind === "agreement" ? String(form.get("amendmentId") ?? "") : "";
  return { parent: { [PARENTS[kind]]: id, ...(amendmentId && { amendmentId }) } as DocumentParent, page: `${PAGES[kind]}/${id}` };
}

export type UploadResult = ActionResult<{ id: string; renamed: string | null }>;

export async function uploadDocumentAction(_previous: UploadResult | null, input: unknown): Promise<UploadResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const target = parentOf(form);
  const file = form.get("file");
  if (!target) return refused(msg("problems.formWithoutTarget"));
  if (!(file instanceof File) || file.size === 0) return refused(msg("problems.chooseFileAttach"), { file: msg("problems.chooseFileAttach") });
  const result = await uploadDocument(
    viewer,
    target.parent,
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    form.get("sharedWithPartners") === "on",
  );
  if (result.ok) revalidatePath(target.page);
  return result;
}

export async function archiveDocumentAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setDocumentArchived);
}

export type ReplaceResult = ActionResult<{ renamed: string | null }>;

/** A new file for a document; the page it is listed on shows it (and its reading) again. */
export async function replaceDocumentAction(_previous: ReplaceResult | null, input: unknown): Promise<ReplaceResult> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const file = form.get("file");
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  if (!id || !Number.isInteger(version)) return refused(msg("problems.formWithoutTarget"));
  if (!(file instanceof File) || file.size === 0) return refused(msg("problems.chooseFileAttach"), { file: msg("problems.chooseFileAttach") });
  const result = await replaceDocumentFile(viewer, id, version, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
