// Attaching files: the policy, the size limit and the type (judged by content) are checked before
// anything is written; the document, its bytes and its audit event are written in one transaction.
import crypto from "node:crypto";
import { setArchived } from "@/lib/audit/archive";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, refused } from "@/lib/domain/action-result";
import { appEnv } from "@/lib/env";
import { can, type Viewer } from "@/lib/policy";
import { ACCEPTED_LABELS, detectType, safeFilename } from "./detect";

/** An agreement's document may also belong to one of the agreement's amendments. */
export type DocumentParent = { agreementId: string; amendmentId?: string } | { meetingId: string } | { projectId: string };

async function parentIsLive(parent: DocumentParent): Promise<boolean> {
  if ("agreementId" in parent) {
    const agreement = await db().agreement.findFirst({ where: { id: parent.agreementId, archived: false }, select: { id: true } });
    if (!agreement || !parent.amendmentId) return Boolean(agreement);
    return Boolean(await db().amendment.findFirst({ where: { id: parent.amendmentId, agreementId: parent.agreementId } }));
  }
  if ("meetingId" in parent) return Boolean(await db().meeting.findFirst({ where: { id: parent.meetingId, archived: false } }));
  return Boolean(await db().project.findFirst({ where: { id: parent.projectId, archived: false } }));
}

export async function uploadDocument(
  viewer: Viewer,
  parent: DocumentParent,
  file: { name: string; bytes: Uint8Array },
  sharedWithPartners: boolean,
  maxBytes = appEnv().DOCUMENT_MAX_MB * 1024 * 1024,
): Promise<ActionResult> {
  if (!can(viewer, "create", "Document")) return denied("You may not attach documents.");
  if (file.bytes.length === 0) return refused("Choose a file to attach.", { file: "Choose a file to attach." });
  if (file.bytes.length > maxBytes) {
    const message = `The file is ${(file.bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.floor(maxBytes / 1048576)} MB. Nothing was stored.`;
    return refused(message, { file: message });
  }
  const type = detectType(file.bytes, file.name);
  if (!type) {
    const message = `This file's content is not a ${ACCEPTED_LABELS} file, whatever its name says. Nothing was stored.`;
    return refused(message, { file: message });
  }
  if (!(await parentIsLive(parent))) return refused("The record to attach to does not exist or is archived.");
  const filename = safeFilename(file.name, type);
  const sha256 = crypto.createHash("sha256").update(file.bytes).digest("hex");
  const id = await db().$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        ...parent,
        filename,
        mediaType: type.mediaType,
        sizeBytes: file.bytes.length,
        sha256,
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
      changes: { filename: [null, filename], type: [null, type.label], sizeBytes: [null, file.bytes.length], sha256: [null, sha256], sharedWithPartners: [null, sharedWithPartners] },
    });
    return document.id;
  });
  return { ok: true, id };
}

export function setDocumentArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, "Document", "document", id, readVersion, archived);
}
