// What the public IATI file holds, decided by administrators: whether it is published at all, which
// agreements (with their projects) are in it, which of their documents it links, and which DAC
// sector each theme stands for. Every change is audited.
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { denied, refused, type ActionResult } from "@/lib/domain/action-result";
import { can, type Viewer } from "@/lib/policy";
import { changeSetting, setting } from "@/lib/settings/settings";
import { LINKABLE_DOCUMENT } from "./queries";
import sectors from "./sectors.json";
import { msg } from "@/lib/i18n/message";

export const DAC_SECTORS: Record<string, string> = sectors;

const NOT_ALLOWED = msg("problems.onlyAdministratorsDecideWhat");

export async function setPublicFile(viewer: Viewer, on: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", "IatiPublishing")) return denied(NOT_ALLOWED);
  await changeSetting(viewer, "iati.publicFile", on);
  return { ok: true, id: "iati.publicFile" };
}

export async function setAgreementPublishable(viewer: Viewer, id: string, on: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", "IatiPublishing")) return denied(NOT_ALLOWED);
  return db().$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({ where: { id, archived: false }, select: { iatiPublishable: true } });
    if (!agreement) return refused(msg("problems.agreementGone2"));
    if (agreement.iatiPublishable !== on) {
      await tx.agreement.update({ where: { id }, data: { iatiPublishable: on } });
      await recordAudit(tx, { actor: viewer, action: "update", entityType: "Agreement", entityId: id, changes: { iatiPublishable: [!on, on] } });
    }
    return { ok: true, id };
  });
}

export async function setDocumentPublic(viewer: Viewer, id: string, on: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", "IatiPublishing")) return denied(NOT_ALLOWED);
  return db().$transaction(async (tx) => {
    // Only an agreement's or a project's own documents: a partner's report attachment stays private.
    const document = await tx.document.findFirst({ where: { id, ...LINKABLE_DOCUMENT }, select: { iatiPublic: true } });
    if (!document) return refused(msg("problems.documentGone"));
    if (document.iatiPublic !== on) {
      await tx.document.update({ where: { id }, data: { iatiPublic: on } });
      await recordAudit(tx, { actor: viewer, action: "update", entityType: "Document", entityId: id, changes: { iatiPublic: [!on, on] } });
    }
    return { ok: true, id };
  });
}

export async function setThemeSector(viewer: Viewer, id: string, code: string): Promise<ActionResult> {
  if (!can(viewer, "update", "IatiPublishing")) return denied(NOT_ALLOWED);
  const sector = code.trim() || null;
  if (sector !== null && !(sector in DAC_SECTORS)) return refused(msg("problems.chooseSectorIatisDac"), { sector: msg("problems.notDacSector") });
  return db().$transaction(async (tx) => {
    const theme = await tx.theme.findUnique({ where: { id }, select: { iatiSector: true } });
    if (!theme) return refused(msg("problems.themeGone"));
    if (theme.iatiSector !== sector) {
      await tx.theme.update({ where: { id }, data: { iatiSector: sector } });
      await recordAudit(tx, { actor: viewer, action: "update", entityType: "Theme", entityId: id, changes: { iatiSector: [theme.iatiSector, sector] } });
    }
    return { ok: true, id };
  });
}

/** The administrators' page: the setting, the agreements that could be published with their documents, the themes' sectors. */
export async function publishingOverview(viewer: Viewer) {
  if (!can(viewer, "update", "IatiPublishing")) return null;
  const docs = { where: LINKABLE_DOCUMENT, orderBy: { createdAt: "asc" }, select: { id: true, filename: true, iatiPublic: true } } as const;
  const [publicFile, agreements, themes] = await Promise.all([
    setting("iati.publicFile"),
    db().agreement.findMany({
      where: { archived: false, status: { in: ["ACTIVE", "EXPIRED", "TERMINATED"] }, OR: [{ signedOn: { not: null } }, { effectiveOn: { not: null } }] },
      orderBy: { reference: "asc" },
      select: { id: true, reference: true, title: true, status: true, iatiPublishable: true, documents: docs, projects: { where: { archived: false }, orderBy: { code: "asc" }, select: { code: true, documents: docs } } },
    }),
    db().theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, label: true, iatiSector: true } }),
  ]);
  return { publicFile, agreements, themes };
}
