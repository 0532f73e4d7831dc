import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR } from "@/lib/database/migrate";
import { createServerDatabase } from "../support/database";

const url = () => process.env.DATABASE_URL!;

it("records each applied migration the way Prisma does, and applies nothing twice", async () => {
  expect(await migrate(url())).toEqual([]);
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  const { rows } = await client.query(`SELECT migration_name, finished_at FROM "_prisma_migrations"`);
  await client.end();
  expect(rows.map((r) => r.migration_name)).toEqual(fs.readdirSync(MIGRATIONS_DIR).filter((n) => !n.endsWith(".toml")).sort());
  expect(rows.every((r) => r.finished_at !== null)).toBe(true);
});

it("refuses to run when an applied migration was edited afterwards", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const [first] = fs.readdirSync(dir).filter((n) => !n.endsWith(".toml"));
  fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
  await expect(migrate(url(), dir)).rejects.toThrow(`Migration ${first} was changed after it was applied`);
  fs.rmSync(dir, { recursive: true });
});

it("a broken migration leaves nothing half-applied", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "99999999999999_broken"));
  fs.writeFileSync(
    path.join(dir, "99999999999999_broken", "migration.sql"),
    `CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;`,
  );
  await expect(migrate(url(), dir)).rejects.toThrow(/no_such_table/);
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  const { rows } = await client.query(`SELECT to_regclass('half_done') AS t`);
  await client.end();
  expect(rows[0].t).toBeNull();
  fs.rmSync(dir, { recursive: true });
});

it.runIf(process.env.TEST_DB_KIND === "postgres")(
  "instances starting together on one server apply each migration once",
  async () => {
    const fresh = await createServerDatabase();
    try {
      const results = await Promise.all([migrate(fresh.url), migrate(fresh.url), migrate(fresh.url)]);
      expect(results.flat()).toHaveLength(fs.readdirSync(MIGRATIONS_DIR).filter((n) => !n.endsWith(".toml")).length);
    } finally {
      await fresh.drop();
    }
  },
);
