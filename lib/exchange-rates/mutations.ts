// Administrators record monthly exchange rates; a rate is changed at the version it was read, so
// two administrators never overwrite each other silently. Each write is audited.
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { can, type Viewer } from "@/lib/policy";
import { exchangeRateSchema, type ExchangeRateFormValues } from "./schema";
import { msg } from "@/lib/i18n/message";
import { firstProblem } from "@/lib/domain/field-errors";

const ENTITY = "ExchangeRate";
const monthOf = (d: Date) => d.toISOString().slice(0, 7);

export async function createExchangeRate(viewer: Viewer, values: ExchangeRateFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.onlyAdministratorsRecordExchange"));
  const parsed = exchangeRateSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const { currency, month, usdPerUnit } = parsed.data;
  try {
    const id = await db().$transaction(async (tx) => {
      const row = await tx.exchangeRate.create({ data: { currency, month, usdPerUnit } });
      await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: row.id, changes: changedFields(null, { currency, month: monthOf(month), usdPerUnit }) });
      return row.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return refused(FIX_FIELDS, { month: msg("problems.rateAlreadyRecorded", { currency, month: monthOf(month) }) });
    throw error;
  }
}

/** Changes a rate's value, at the version the administrator read. */
export async function updateExchangeRate(viewer: Viewer, id: string, readVersion: number, usdPerUnit: string): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.onlyAdministratorsChangeExchange"));
  const current = await db().exchangeRate.findUnique({ where: { id } });
  if (!current) return refused(msg("problems.rateGone"));
  const parsed = exchangeRateSchema.shape.usdPerUnit.safeParse(usdPerUnit);
  if (!parsed.success) return refused(FIX_FIELDS, { usdPerUnit: firstProblem(parsed.error) });
  const saved = await db().$transaction(async (tx) => {
    const { count } = await tx.exchangeRate.updateMany({ where: { id, version: readVersion }, data: { usdPerUnit: parsed.data, version: { increment: 1 } } });
    if (count === 0) return false;
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: { usdPerUnit: [current.usdPerUnit.toString(), parsed.data] } });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await db().exchangeRate.findUnique({ where: { id }, select: { version: true } });
  return conflictSince(ENTITY, id, readVersion, latest?.version ?? null, "exchangeRate");
}
