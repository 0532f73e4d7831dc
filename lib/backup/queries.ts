// Backups through the app's own connection: the one administrators download (GET /admin/backup)
// and the automatic ones (scheduled.ts). On the embedded database the snapshot's transaction holds
// the one connection: other requests wait the seconds it takes.
import { gzipBackup, type Sql } from "@/lib/database/backup";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { can, type Viewer } from "@/lib/policy";
import { backupSettings } from "./settings";

/** Runs `read` in one REPEATABLE READ transaction (one consistent moment while the app keeps writing). */
export function inSnapshot<T>(read: (sql: Sql) => Promise<T>): Promise<T> {
  return db().$transaction(
    (tx) =>
      read({
        rows: (text, params = []) => tx.$queryRawUnsafe(text, ...params),
        run: async (text, params = []) => {
          await tx.$executeRawUnsafe(text, ...params);
        },
      }),
    { isolationLevel: "RepeatableRead", maxWait: 30_000, timeout: 3_600_000 },
  );
}

/** The whole database as a gzipped backup file, or null for anyone but administrators. */
export async function backupFor(viewer: Viewer): Promise<Buffer | null> {
  if (!can(viewer, "read", "Backup")) return null;
  const file = await inSnapshot(gzipBackup);
  log("info", "backup downloaded", { userId: viewer.userId, bytes: file.length });
  return file;
}

/**
 * What administrators see of the automatic backups: the settings (null when the app takes none),
 * the newest run and the newest verified one; null for anyone else.
 */
export async function backupStatus(viewer: Viewer) {
  if (!can(viewer, "read", "Backup")) return null;
  const [lastRun, lastVerified] = await Promise.all([
    db().backupRun.findFirst({ orderBy: { startedAt: "desc" } }),
    db().backupRun.findFirst({ where: { status: "verified" }, orderBy: { startedAt: "desc" } }),
  ]);
  return { settings: backupSettings(), lastRun, lastVerified };
}
