// Importing the UN Security Council Consolidated List (administrators; the app never fetches it:
// deployments may be offline) and marking candidate matches (officers). Every import screens all
// partners again; every mark is audited.
import { conflictSince } from "@/lib/audit/conflict";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { denied, FIX_FIELDS, refused, type ActionResult } from "@/lib/domain/action-result";
import { optionalText } from "@/lib/domain/validation";
import { can, type Viewer } from "@/lib/policy";
import { filesTooLarge } from "@/lib/uploads/limit";
import { parseConsolidatedList } from "./parse";
import { screenPartners } from "./screen";
import { msg } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

export async function importSanctionsList(viewer: Viewer, file: { name: string; bytes: Uint8Array }, now = new Date()): Promise<ActionResult<{ id: string; entities: number; delisted: number; toReview: number }>> {
  if (!can(viewer, "update", "DiligenceSetup")) return denied(msg("problems.onlyAdministratorsImportSanctions"));
  if (file.bytes.length === 0) return refused(FIX_FIELDS, { file: msg("problems.chooseListsXmlFile") });
  const tooLarge = filesTooLarge([file]);
  if (tooLarge) return refused(FIX_FIELDS, { file: tooLarge });
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return refused(FIX_FIELDS, { file: msg("problems.notUtf8") });
  }
  const parsed = parseConsolidatedList(xml);
  if ("refusal" in parsed) return refused(FIX_FIELDS, { file: parsed.refusal });

  const result = await db().$transaction(
    async (tx) => {
      const list = await tx.sanctionsList.create({ data: { filename: file.name.slice(0, 255), generatedOn: parsed.generatedOn, importedById: viewer.userId, importedAt: now } });
      for (const entity of parsed.entities) {
        const row = await tx.sanctionsEntity.upsert({
          where: { reference: entity.reference },
          create: { reference: entity.reference, listId: list.id, name: entity.name, listedOn: entity.listedOn },
          update: { listId: list.id, name: entity.name, listedOn: entity.listedOn, delistedAt: null },
        });
        await tx.sanctionsName.deleteMany({ where: { entityId: row.id } });
        await tx.sanctionsName.createMany({ data: [{ entityId: row.id, name: entity.name }, ...entity.aliases.map((name) => ({ entityId: row.id, name, alias: true }))] });
      }
      // Entities the new list no longer names are delisted: their matches block nothing.
      const { count: delisted } = await tx.sanctionsEntity.updateMany({ where: { listId: { not: list.id }, delistedAt: null }, data: { delistedAt: now } });
      await screenPartners(tx);
      const toReview = await tx.sanctionsMatch.count({ where: { state: "UNRESOLVED", entity: { delistedAt: null }, organisation: { archived: false } } });
      await recordAudit(tx, {
        actor: viewer,
        action: "create",
        entityType: "SanctionsList",
        entityId: list.id,
        changes: { filename: [null, list.filename], entities: [null, parsed.entities.length], delisted: [null, delisted] },
      });
      return { id: list.id, entities: parsed.entities.length, delisted, toReview };
    },
    { timeout: 120_000 },
  );
  return { ok: true, ...result };
}

const note = optionalText(2000);

/** Marks a candidate a true or a false match, with the note that says why (required). */
export async function decideMatch(viewer: Viewer, id: string, readVersion: number, state: "TRUE_MATCH" | "FALSE_MATCH", input: string, now = new Date()): Promise<ActionResult> {
  if (!can(viewer, "update", "SanctionsMatch")) return denied(msg("problems.onlyOfficersAdministratorsMark"));
  if (state !== "TRUE_MATCH" && state !== "FALSE_MATCH") return refused(msg("problems.markTrueFalseMatch"));
  const parsed = note.safeParse(input);
  if (!parsed.success) return refused(FIX_FIELDS, { note: firstProblem(parsed.error) });
  if (!parsed.data) return refused(FIX_FIELDS, { note: msg("problems.sayHowYouDecided") });
  const match = await db().sanctionsMatch.findUnique({ where: { id }, select: { version: true, state: true } });
  if (!match) return refused(msg("problems.matchGone"));
  if (match.version !== readVersion) return conflictSince("SanctionsMatch", id, readVersion, match.version, "match");
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.sanctionsMatch.updateMany({
      where: { id, version: readVersion },
      data: { state, note: parsed.data, decidedById: viewer.userId, decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "SanctionsMatch", entityId: id, changes: { state: [match.state, state], note: [null, parsed.data] } });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await db().sanctionsMatch.findUnique({ where: { id }, select: { version: true } });
  return conflictSince("SanctionsMatch", id, readVersion, latest?.version ?? null, "match");
}
