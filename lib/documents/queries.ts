// Reads of documents: lists without the bytes, and one document with its bytes for download.
// Partners get only documents marked shared on records of their own (policy scope).
import { db } from "@/lib/db";
import { partnerReach, scope, type Viewer } from "@/lib/policy";
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

/**
 * The ids of the documents a partner user may open (what `scope(viewer).document` selects, not
 * archived), through the partner's agreements, projects and meetings (policy's `partnerReach`).
 */
export async function partnerDocumentIds(viewer: Viewer): Promise<string[]> {
  // Staff and a partner user without an organisation: none (fail closed).
  const organisationId = viewer.role === "PARTNER" ? viewer.organisationId : null;
  if (!organisationId) return [];
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const agreements = ids(await db().agreement.findMany({ where: scope(viewer).agreement, select: { id: true } }));
  const [projects, meetings] = await Promise.all([
    db().project.findMany({ where: partnerReach.projects(organisationId, agreements), select: { id: true } }).then(ids),
    db().meeting.findMany({ where: partnerReach.meetings(agreements), select: { id: true } }).then(ids),
  ]);
  return ids(await db().document.findMany({ where: partnerReach.documents(organisationId, { agreements, projects, meetings }), select: { id: true } }));
}
