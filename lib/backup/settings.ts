// The automatic backups' settings (BACKUP_DIR, BACKUP_EVERY_HOURS, BACKUP_RETENTION in lib/env.ts).
import path from "node:path";
import { parseEnv } from "@/lib/env";

export interface BackupSettings {
  dir: string;
  everyHours: number;
  retention: string;
}

/** The automatic backups' settings, or null when they are off (no BACKUP_DIR, or BACKUP_EVERY_HOURS=0). */
export function backupSettings(env = parseEnv()): BackupSettings | null {
  if (!env.BACKUP_DIR || env.BACKUP_EVERY_HOURS === 0) return null;
  return { dir: path.resolve(env.BACKUP_DIR), everyHours: env.BACKUP_EVERY_HOURS, retention: env.BACKUP_RETENTION };
}
