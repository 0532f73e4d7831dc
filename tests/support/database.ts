// A fresh, migrated database for one test file: an in-memory embedded PostgreSQL, or a new
// database on the real server named by TEST_DATABASE_URL.
import crypto from "node:crypto";
import pg from "pg";
import { openEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";

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
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const database =
    kind === "postgres"
      ? await createServerDatabase()
      : await openEmbeddedDatabase({ command: "test" }).then((e) => ({ kind, url: e.url, drop: e.close }));
  await migrate(database.url);
  return database;
}
