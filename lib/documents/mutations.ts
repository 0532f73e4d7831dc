// Attaching files: the policy, the size limit and the type (judged by content) are checked before
// anything is written; the document, its bytes and its audit event are written in one transaction.
import { OFFICE_OF, agreementOffice, meetingOffice, opportunityOffice, projectOffice } from "@/lib/offices/of-record";
import crypto from "node:crypto";
import { setArchived } from "@/lib/audit/archive";
import { conflictSince } from "@/lib/audit/conflict";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ActionResult, denied, refused } from "@/lib/domain/action-result";
import { can, type Viewer } from "@/lib/policy";
import { uploadLimitBytes } from "@/lib/uploads/limit";
import { sizeRefusal } from "@/lib/uploads/size";
import { detectType, safeFilename } from "./detect";
import { documentsAdded } from "./text/run";
import { msg } from "@/lib/i18n/message";
import type { Text } from "@/lib/i18n/message";

/** An agreement's document may also belong to one of the agreement's amendments. */
export type DocumentParent = { agreementId: string; amendmentId?: string } | { meetingId: string } | { projectId: string } | { opportunityId: string };

async function parentIsLive(parent: DocumentParent): Promise<boolean> {
  if ("agreementId" in parent) {
    const agreement = await db().agreement.findFirst({ where: { id: parent.agreementId, archived: false }, select: { id: true } });
    if (!agreement || !parent.amendmentId) return Boolean(agreement);
    return Boolean(await db().amendment.findFirst({ where: { id: parent.amendmentId, agreementId: parent.agreementId } }));
  }
  if ("meetingId" in parent) return Boolean(await db().meeting.findFirst({ where: { id: parent.meetingId, archived: false } }));
  if ("opportunityId" in parent) return Boolean(await db().opportunity.findFirst({ where: { id: parent.opportunityId, archived: false } }));
  return Boolean(await db().project.findFirst({ where: { id: parent.projectId, archived: false } }));
}

export interface CheckedFile {
  filename: string;
  /** Why the stored name is not the name given (its type judged by content, or characters dropped), for the person. */
  renamed: string | null;
  mediaType: string;
  label: string;
  bytes: Uint8Array;
  sha256: string;
}

/** The rules every stored file passes: not empty, within the size limit, of an accepted type by its content. */
export function checkFile(file: { name: string; bytes: Uint8Array }, maxBytes = uploadLimitBytes()): CheckedFile | { refusal: Text } {
  if (file.bytes.length === 0) return { refusal: msg("problems.chooseFileAttach") };
  const tooLarge = sizeRefusal(file.bytes.length, maxBytes, "stored", file.name);
  if (tooLarge) return { refusal: tooLarge };
  const type = detectType(file.bytes, file.name);
  if (!type) return { refusal: msg("problems.wrongContent", { name: file.name, accepted: { text: msg("forms.acceptedKinds") } }) };
  const sha256 = crypto.createHash("sha256").update(file.bytes).digest("hex");
  const filename = safeFilename(file.name, type);
  return { filename, renamed: renameNotice(file.name, filename, type.label), mediaType: type.mediaType, label: type.label, bytes: file.bytes, sha256 };
}

/** What to tell the person when a file is kept under another name than the one it came with. */
function renameNotice(given: string, stored: string, label: string): string | null {
  if (given === stored) return null;
  const extension = (name: string) => /\.([^.]*)$/.exec(name)?.[1].toLowerCase() ?? "";
  const why = extension(given) === extension(stored) ? "characters a file name cannot hold were left out" : `its content is ${label}, whatever the name “${given}” says`;
  return `“${given}” was stored as “${stored}”: ${why}.`;
}

/** Writes a checked file, its bytes and its audit event in the caller's transaction. */
export async function insertDocument(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  parent: DocumentParent & { reportId?: string },
  file: CheckedFile,
  sharedWithPartners: boolean,
): Promise<string> {
  const document = await tx.document.create({
    data: {
      ...parent,
      filename: file.filename,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      sharedWithPartners,
      uploadedById: viewer.userId,
      content: { create: { bytes: Buffer.from(file.bytes) } },
    },
  });
  await recordAudit(tx, {
    actor: viewer,
    action: "create",
    entityType: "Document",
    entityId: document.id,
    changes: {
      filename: [null, file.filename],
      type: [null, file.label],
      sizeBytes: [null, file.bytes.length],
      sha256: [null, file.sha256],
      sharedWithPartners: [null, sharedWithPartners],
      ...(parent.reportId && { report: [null, parent.reportId] }),
    },
  });
  return document.id;
}

function parentOffice(parent: DocumentParent) {
  if ("agreementId" in parent) return agreementOffice(parent.agreementId);
  if ("meetingId" in parent) return meetingOffice(parent.meetingId);
  if ("opportunityId" in parent) return opportunityOffice(parent.opportunityId);
  return projectOffice(parent.projectId);
}

export async function uploadDocument(
  viewer: Viewer,
  parent: DocumentParent,
  file: { name: string; bytes: Uint8Array },
  sharedWithPartners: boolean,
  maxBytes = uploadLimitBytes(),
): Promise<ActionResult<{ id: string; renamed: string | null }>> {
  if (!can(viewer, "create", "Document")) return denied(msg("problems.mayNotAttachDocuments"));
  const office = await parentOffice(parent);
  if (!can(viewer, "create", "Document", office)) return denied(msg("problems.notYourOffice"));
  const checked = checkFile(file, maxBytes);
  if ("refusal" in checked) return refused(checked.refusal, { file: checked.refusal });
  if (!(await parentIsLive(parent))) return refused(msg("problems.attachTargetMissing"));
  // An opportunity's documents are the unit's own (a concept note, a proposal): never shared with partners.
  const shared = sharedWithPartners && !("opportunityId" in parent);
  const id = await db().$transaction((tx) => insertDocument(tx, viewer, parent, checked, shared));
  documentsAdded();
  return { ok: true, id, renamed: checked.renamed };
}

/** Archived, its words leave search (a trigger deletes its pages); restored, it is read again. */
export async function setDocumentArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  const result = await setArchived(viewer, "Document", "document", id, readVersion, archived);
  if (result.ok && !archived) documentsAdded();
  return result;
}

/**
 * A new file for a stored document (the countersigned copy, a better scan): its name, type, size,
 * checksum and bytes change, its version moves, its old words leave search and the new file is
 * read. Version-guarded, audited, in one transaction.
 */
export async function replaceDocumentFile(
  viewer: Viewer,
  id: string,
  readVersion: number,
  file: { name: string; bytes: Uint8Array },
  maxBytes = uploadLimitBytes(),
): Promise<ActionResult<{ renamed: string | null }>> {
  if (!can(viewer, "update", "Document")) return denied(msg("problems.mayNotAttachDocuments"));
  const officeId = await OFFICE_OF.Document(db(), id);
  if (!can(viewer, "update", "Document", officeId ? { officeId } : undefined)) return denied(msg("problems.notYourOffice"));
  const checked = checkFile(file, maxBytes);
  if ("refusal" in checked) return refused(checked.refusal, { file: checked.refusal });
  const outcome = await db().$transaction(async (tx) => {
    const before = await tx.document.findFirst({ where: { id, archived: false }, select: { filename: true, mediaType: true, sizeBytes: true, sha256: true, version: true } });
    if (!before) return { kind: "gone" as const };
    const { count } = await tx.document.updateMany({
      where: { id, version: readVersion, archived: false },
      data: {
        filename: checked.filename,
        mediaType: checked.mediaType,
        sizeBytes: checked.bytes.length,
        sha256: checked.sha256,
        version: { increment: 1 },
        textState: "PENDING",
        textPages: null,
        textProblem: null,
        textStateAt: new Date(),
      },
    });
    if (count === 0) return { kind: "stale" as const, version: before.version };
    await tx.documentContent.update({ where: { documentId: id }, data: { bytes: Buffer.from(checked.bytes) } });
    await tx.documentPage.deleteMany({ where: { documentId: id } });
    await recordAudit(tx, {
      actor: viewer,
      action: "update",
      entityType: "Document",
      entityId: id,
      changes: {
        filename: [before.filename, checked.filename],
        type: [before.mediaType, checked.mediaType],
        sizeBytes: [before.sizeBytes, checked.bytes.length],
        sha256: [before.sha256, checked.sha256],
      },
    });
    return { kind: "replaced" as const };
  });
  if (outcome.kind === "gone") return conflictSince("Document", id, readVersion, null, "document");
  if (outcome.kind === "stale") return conflictSince("Document", id, readVersion, outcome.version, "document");
  documentsAdded();
  return { ok: true, renamed: checked.renamed };
}
