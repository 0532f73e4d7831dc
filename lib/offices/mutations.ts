// Administrators keep the office tree: add an office, rename it, move it under another, close or
// reopen it. Every write is audited and made at the version the form read. A move that would put
// an office under itself or one of its own offices is refused; the table is locked for the move's
// transaction so that two moves at once cannot make a cycle between them.
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { msg, type Message } from "@/lib/i18n/message";
import { can, type Viewer } from "@/lib/policy";
import { changeSetting } from "@/lib/settings/settings";
import { officeSchema, type OfficeFormValues, type OfficeInput } from "./schema";
import { wouldCycle } from "./tree";

const ENTITY = "Office";
const NAME_TAKEN = msg("problems.officeNameTaken");

/** How a write's transaction ended. */
type Outcome = { kind: "saved"; id: string } | { kind: "parent"; problem: Message } | { kind: "gone" } | { kind: "stale"; id: string; version: number };

async function snapshot(tx: Prisma.TransactionClient, office: OfficeInput): Promise<AuditSnapshot> {
  const parent = office.parentId ? await tx.office.findUnique({ where: { id: office.parentId }, select: { name: true } }) : null;
  return { name: office.name, city: office.city, parent: parent?.name ?? null, closed: office.closed };
}

/** The parent must be an open office (a closed one takes nothing new), and not the office itself or below it. */
async function parentProblem(tx: Prisma.TransactionClient, id: string | null, parentId: string | null) {
  if (!parentId) return null;
  const offices = await tx.office.findMany({ select: { id: true, name: true, city: true, parentId: true, closed: true } });
  const parent = offices.find((o) => o.id === parentId);
  if (!parent) return msg("problems.chooseOfficeFromList");
  if (id && wouldCycle(offices, id, parentId)) return msg("problems.officeUnderItself");
  if (parent.closed) return msg("problems.officeParentClosed");
  return null;
}

async function outcome(result: Outcome, readVersion = 0): Promise<ActionResult> {
  if (result.kind === "stale") return conflictSince(ENTITY, result.id, readVersion, result.version, "office");
  if (result.kind === "gone") return refused(msg("problems.officeGone"));
  if (result.kind === "parent") return refused(FIX_FIELDS, { parentId: result.problem });
  return { ok: true, id: result.id };
}

export async function createOffice(viewer: Viewer, values: OfficeFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.onlyAdministratorsKeepOffices"));
  const parsed = officeSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = { ...parsed.data, closed: false };
  try {
    const result = await db().$transaction(async (tx): Promise<Outcome> => {
      await tx.$executeRaw`LOCK TABLE "Office" IN SHARE ROW EXCLUSIVE MODE`;
      const problem = await parentProblem(tx, null, input.parentId);
      if (problem) return { kind: "parent", problem };
      const office = await tx.office.create({ data: input });
      await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: office.id, changes: changedFields(null, await snapshot(tx, input)) });
      return { kind: "saved", id: office.id };
    });
    return outcome(result);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { name: NAME_TAKEN });
    throw error;
  }
}

/** Renames, moves, closes or reopens an office, at the version the administrator read. */
export async function updateOffice(viewer: Viewer, id: string, readVersion: number, values: OfficeFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.onlyAdministratorsKeepOffices"));
  const parsed = officeSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  try {
    const result = await db().$transaction(async (tx): Promise<Outcome> => {
      await tx.$executeRaw`LOCK TABLE "Office" IN SHARE ROW EXCLUSIVE MODE`;
      const current = await tx.office.findUnique({ where: { id } });
      if (!current) return { kind: "gone" };
      const problem = current.parentId === input.parentId ? null : await parentProblem(tx, id, input.parentId);
      if (problem) return { kind: "parent", problem };
      const before = await snapshot(tx, current);
      const { count } = await tx.office.updateMany({ where: { id, version: readVersion }, data: { ...input, version: { increment: 1 } } });
      if (count === 0) return { kind: "stale", id, version: current.version };
      await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, input)) });
      return { kind: "saved", id };
    });
    return outcome(result, readVersion);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { name: NAME_TAKEN });
    throw error;
  }
}

/** The organisation's choice: officers read every office's records (they write only their own offices'), or only their own offices'. */
export async function setOfficersReadAllOffices(viewer: Viewer, on: boolean): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.onlyAdministratorsKeepOffices"));
  await changeSetting(viewer, "offices.officersReadAllOffices", on);
  return { ok: true, id: "offices.officersReadAllOffices" };
}
