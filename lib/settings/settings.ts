// Unit-wide settings that administrators change in the app (not deployment configuration, which is
// the environment's): one row per key, each change audited in the same transaction.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/policy";

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

/** Changes a setting as `viewer` (the caller has checked the policy), audited. */
export async function changeSetting<K extends SettingKey>(viewer: Viewer, key: K, value: (typeof SETTINGS)[K]) {
  await db().$transaction(async (tx) => {
    const before = await setting(key, tx);
    if (before === value) return;
    await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: viewer.userId }, update: { value, updatedById: viewer.userId } });
    await recordAudit(tx, { actor: viewer, action: "update", entityType: "Setting", entityId: key, changes: { value: [before, value] } });
  });
}
