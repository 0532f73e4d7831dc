// node --import tsx scripts/verify-backup.ts <file>: restores a backup into a scratch in-memory
// database and counts its rows against the counts the backup was taken with (restoreLines refuses a
// file whose rows do not match). The check every automatic backup passes (lib/backup/scheduled.ts
// runs this in a process of its own, so the restore's work and memory stay out of the app's).
// Prints {"rows":N,"tables":M}; on failure, the reason on stderr and exit code 1.
import pg from "pg";
import { backupFileLines, pgSql, restoreLines } from "../lib/database/backup";
import { openEmbeddedDatabase } from "../lib/database/embedded";
import { migrate } from "../lib/database/migrate";

const file = process.argv[2];
const scratch = await openEmbeddedDatabase({ command: "verify-backup" });
const client = new pg.Client({ connectionString: scratch.url });
try {
  if (!file) throw new Error("Name the backup file to check.");
  await migrate(scratch.url);
  await client.connect();
  const header = await restoreLines(pgSql(client), backupFileLines(file));
  console.log(JSON.stringify({ rows: Object.values(header.rows).reduce((a, b) => a + b, 0), tables: Object.keys(header.rows).length }));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await scratch.close();
}
