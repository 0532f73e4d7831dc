// Reads of documents: lists without the bytes, and one document with its bytes for download.
// Partners get only documents marked shared on records of their own (policy scope).
import { db } from "@/lib/db";
import { scope, type Viewer } from "@/lib/policy";
import type { DocumentParent } from "./mutations";

export async function documentsOf(viewer: Viewer, parent: DocumentParent) {
  return db().document.findMany({
    where: { AND: [scope(viewer).document, parent, { archived: false }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      filename: true,
      mediaType: true,
      sizeBytes: true,
      sha256: true,
      sharedWithPartners: true,
      createdAt: true,
      version: true,
      uploadedBy: { select: { name: true } },
      amendment: { select: { number: true } },
      textState: true,
      textPages: true,
      textProblem: true,
    },
  });
}

export type DocumentRow = Awaited<ReturnType<typeof documentsOf>>[number];

export async function documentForDownload(viewer: Viewer, id: string) {
  return db().document.findFirst({
    where: { AND: [scope(viewer).document, { id }] },
    select: { filename: true, mediaType: true, sizeBytes: true, sha256: true, content: { select: { bytes: true } } },
  });
}
