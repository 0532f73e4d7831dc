// Unit-wide settings that administrators change in the app (not deployment configuration, which is
// the environment's): one row per key, each change audited in the same transaction.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditValue } from "@/lib/audit/record";
import type { Viewer } from "@/lib/policy";
import { DEFAULT_PROBABILITIES, type StageProbabilities } from "@/lib/pipeline/stages";

/** Every setting, with its value when never set. */
export const SETTINGS = {
  /** The IATI file of publishable agreements at /iati/public/activities.xml, without signing in. */
  "iati.publicFile": false as boolean,
  /** How long a due-diligence assessment stays valid by default, in years. */
  "diligence.validityYears": 2 as number,
  /** Officers must enrol a second factor, as administrators always must. */
  "auth.officersNeedSecondFactor": false as boolean,
  /** Officers read the records of every office (they write only their own offices'); false: their own offices' only. */
  "offices.officersReadAllOffices": true as boolean,
  /** Each pipeline stage's default probability, in per cent (the forecast's weights). */
  "pipeline.stageProbabilities": DEFAULT_PROBABILITIES as StageProbabilities,
};
export type SettingKey = keyof typeof SETTINGS;

/** Read in SQL by every session check (lib/auth/sessions.ts). */
export const OFFICERS_SETTING: SettingKey = "auth.officersNeedSecondFactor";
/** Read in SQL by every session check too. */
export const OFFICERS_READ_SETTING: SettingKey = "offices.officersReadAllOffices";

export async function setting<K extends SettingKey>(key: K, client: Prisma.TransactionClient = db()): Promise<(typeof SETTINGS)[K]> {
  const row = await client.setting.findUnique({ where: { key } });
  return row ? (row.value as (typeof SETTINGS)[K]) : SETTINGS[key];
}

/** A setting's value as the audit trail keeps it: a record of values as "KEY: value" lines. */
const auditable = (value: (typeof SETTINGS)[SettingKey]): AuditValue =>
  typeof value === "object" ? Object.entries(value).map(([key, v]) => `${key}: ${v}`) : value;

/** Changes a setting as `viewer` (the caller has checked the policy), audited. */
export async function changeSetting<K extends SettingKey>(viewer: Viewer, key: K, value: (typeof SETTINGS)[K]) {
  await db().$transaction(async (tx) => {
    const before = await setting(key, tx);
    if (JSON.stringify(before) === JSON.stringify(value)) return;
    await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: viewer.userId }, update: { value, updatedById: viewer.userId } });
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "Setting", entityId: key, changes: { value: [auditable(before), auditable(value)] } });
  });
}
