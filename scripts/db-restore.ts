// npm run db:restore -- <file> --yes: replaces every row of the configured database with the
// backup's, in one transaction (all or nothing). Migrates the database first, so an empty one
// works. Stop the app first: its sessions and caches would describe rows that are gone.
import fs from "node:fs";
import pg from "pg";
import { openDatabase } from "../lib/database";
import { BackupError, backupFileLines, pgSql, restoreLines } from "../lib/database/backup";
import { migrate } from "../lib/database/migrate";
import { ConfigurationError } from "../lib/env";
import { runCli } from "./cli";

await runCli(async (env) => {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file || !fs.existsSync(file)) throw new ConfigurationError("Name the backup file: npm run db:restore -- <file> --yes");
  if (!process.argv.includes("--yes")) {
    throw new ConfigurationError(`This replaces every record in the database with the backup's. Run again with --yes to go ahead:\n  npm run db:restore -- ${file} --yes`);
  }
  const database = await openDatabase(env, "npm run db:restore");
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await client.connect();
    const header = await restoreLines(pgSql(client), backupFileLines(file));
    const rows = Object.values(header.rows).reduce((a, b) => a + b, 0);
    console.log(`Restored ${rows} rows in ${Object.keys(header.rows).length} tables from the backup of ${header.createdAt}.`);
  } catch (error) {
    if (error instanceof BackupError) throw new ConfigurationError(error.message);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
});
