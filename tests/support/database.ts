// A fresh, migrated database for one test file: an in-memory embedded PostgreSQL, or a new
// database on the real server named by TEST_DATABASE_URL.
import fs from "node:fs";
import { openEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { createScratchDatabase } from "@/scripts/scratch-database";

export type DatabaseKind = "embedded" | "postgres";

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: the postgres test projects need a PostgreSQL server.");
  return url;
}

/** A new empty database on the real server; `url` reaches it. */
export async function createServerDatabase(): Promise<TestDatabase> {
  return { kind: "postgres", ...(await createScratchDatabase(serverUrl(), "test")) };
}

/** `template`: an embedded data directory dumped to a file (embedded-template.ts) to start from. */
export async function createTestDatabase(kind: DatabaseKind, template?: string): Promise<TestDatabase> {
  const from = template ? new Blob([fs.readFileSync(template)]) : undefined;
  const database =
    kind === "postgres"
      ? await createServerDatabase()
      : await openEmbeddedDatabase({ command: "test", from }).then((e) => ({ kind, url: e.url, drop: e.close }));
  await migrate(database.url); // nothing to apply on a copy of the template, unless it is out of date
  return database;
}
