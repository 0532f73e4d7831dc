// The backup administrators download from the running app (GET /admin/backup).
import { gzipBackup } from "@/lib/database/backup";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { can, type Viewer } from "@/lib/policy";

/**
 * The whole database as a gzipped backup file, or null for anyone but administrators. On the
 * embedded database the transaction holds the one connection: other requests wait the few
 * seconds it takes.
 */
export async function backupFor(viewer: Viewer): Promise<Buffer | null> {
  if (!can(viewer, "read", "Backup")) return null;
  const file = await db().$transaction(
    (tx) =>
      gzipBackup({
        rows: (text, params = []) => tx.$queryRawUnsafe(text, ...params),
        run: async (text, params = []) => {
          await tx.$executeRawUnsafe(text, ...params);
        },
      }),
    { isolationLevel: "RepeatableRead", maxWait: 30_000, timeout: 600_000 },
  );
  log("info", "backup downloaded", { userId: viewer.userId, bytes: file.length });
  return file;
}
