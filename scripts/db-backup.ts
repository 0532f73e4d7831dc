// npm run db:backup [-- --out <file>]: a consistent backup of the configured database (gzipped;
// lib/database/backup.ts). PostgreSQL may be in use; the embedded database must be free, or an
// administrator downloads the backup from the running app at /admin/backup.
import pg from "pg";
import { openDatabase } from "../lib/database";
import { backupLines, pgSql, writeBackupFile } from "../lib/database/backup";
import { DataDirectoryInUseError } from "../lib/database/lock";
import { ConfigurationError } from "../lib/env";
import { runCli } from "./cli";

const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

await runCli(async (env) => {
  const out = flag("--out") ?? `backup-${new Date().toISOString().replace(/[:.]/g, "-")}.ndjson.gz`;
  const database = await openDatabase(env, "npm run db:backup").catch((error: unknown) => {
    if (error instanceof DataDirectoryInUseError) {
      throw new ConfigurationError(`${error.message}\nWhile the app runs, an administrator can download a backup at /admin/backup.`);
    }
    throw error;
  });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await writeBackupFile(backupLines(pgSql(client)), out);
    await client.query("COMMIT");
    console.log(`Backup written to ${out}`);
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
});
