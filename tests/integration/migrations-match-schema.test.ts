// The committed migrations and prisma/schema.prisma describe the same database: a database built
// from the schema alone (the SQL the schema engine writes for it, scripts/schema-engine.ts) and one
// built by the migrations have the same tables, columns, enums, keys and Prisma's indexes. Fails when
// the schema changes without a migration, or a migration without the schema; keeps `npm run db:diff`
// honest. The migrations may add what Prisma does not describe (trigram indexes, generated search
// columns' expressions, triggers, checks).
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openEmbeddedDatabase } from "@/lib/database/embedded";
import { schemaDiff } from "@/scripts/schema-engine";
import { createServerDatabase } from "../support/database";

type Rows = Record<string, unknown>[];
let fromSchema: { url: string; drop(): Promise<void> };

async function query(url: string, sql: string): Promise<Rows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** What Prisma describes of a database, each kind sorted. */
async function described(url: string) {
  const sorted = async (sql: string) => (await query(url, sql)).map((r) => JSON.stringify(r)).sort();
  return {
    columns: await sorted(`
      SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
             CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS "default"
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`),
    enums: await sorted(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`),
    keys: await sorted(`
      SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f') AND conrelid::regclass::text <> '_prisma_migrations'`),
    indexes: await sorted(`SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
  };
}

beforeAll(async () => {
  fromSchema =
    process.env.TEST_DB_KIND === "postgres"
      ? await createServerDatabase()
      : await openEmbeddedDatabase({ command: "schema test" }).then((e) => ({ url: e.url, drop: e.close }));
  await query(fromSchema.url, await schemaDiff(null, fs.readFileSync("prisma/schema.prisma", "utf8")));
}, 120_000);

afterAll(async () => {
  await fromSchema?.drop();
});

it("the migrated database has exactly the schema's tables, columns, enums and keys, and every index the schema declares", async () => {
  const schema = await described(fromSchema.url);
  const migrated = await described(process.env.DATABASE_URL!);
  expect(migrated.columns).toEqual(schema.columns);
  expect(migrated.enums).toEqual(schema.enums);
  expect(migrated.keys).toEqual(schema.keys);
  expect(schema.indexes.filter((index) => !migrated.indexes.includes(index))).toEqual([]);
  expect(schema.columns.length).toBeGreaterThan(300);
});
