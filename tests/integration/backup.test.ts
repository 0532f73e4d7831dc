// Backups (lib/database/backup.ts, npm run db:backup / db:restore): a restore gives back every
// table row for row, exact decimals and file bytes included; a backup taken while writes go on is
// one consistent moment; a damaged or mismatched file is refused and changes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { backupFor } from "@/lib/backup/queries";
import { appTables, BackupError, backupFileLines, backupLines, pgSql, restoreLines, writeBackupFile } from "@/lib/database/backup";
import { uploadDocument } from "@/lib/documents/mutations";
import { seedDemoData } from "@/prisma/seed/seed";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../support/database";
import { makeUser, viewerOf } from "../support/factories";

const kind = (process.env.TEST_DB_KIND ?? "embedded") as DatabaseKind;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-backup-"));
const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n\u00ff\u0000 binary bytes\n%%EOF\n", "latin1"));
let target: TestDatabase;

/** The embedded database serves one connection: the app's client gives it up while pg works (and a new one is made on next use). */
async function releaseAppConnection() {
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function backup(url: string, file: string) {
  await withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await writeBackupFile(backupLines(pgSql(client)), file);
    await client.query("COMMIT");
  });
}

/** Every table's rows, as PostgreSQL renders them, in a stable order. */
async function everyTable(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const out: Record<string, string[]> = {};
    for (const table of await appTables(pgSql(client))) {
      out[table] = (await client.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table}" t ORDER BY 1`)).rows.map((r) => r.j);
    }
    return out;
  });
}

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-backups");
  const officer = viewerOf(await makeUser("OFFICER"));
  const agreement = await db().agreement.findFirstOrThrow({ where: { title: "ILO/ASEAN Cooperation Agreement" } });
  const uploaded = await uploadDocument(officer, { agreementId: agreement.id }, { name: "Signed MOU — Việt Nam.pdf", bytes: PDF }, true);
  expect(uploaded.ok).toBe(true);
  // A page of its text, as the jobs would have read it: the restore computes its vector again.
  if (uploaded.ok) await db().documentPage.create({ data: { documentId: uploaded.id, page: 1, text: "Ký tại Hà Nội: the Parties shall exchange information." } });
  await db().project.update({ where: { code: "RAS/12/03/JPN" }, data: { budgetAmount: "9999999999999999.99" } });
  await releaseAppConnection();
  target = await createTestDatabase(kind);
}, 180_000);

afterAll(async () => {
  await target?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a backup restored into an empty database", () => {
  it("gives back every table row for row, with exact decimals, file bytes and generated search columns", async () => {
    const file = path.join(dir, "full.ndjson.gz");
    await backup(process.env.DATABASE_URL!, file);
    await withClient(target.url, (client) => restoreLines(pgSql(client), backupFileLines(file)));
    const [source, restored] = [await everyTable(process.env.DATABASE_URL!), await everyTable(target.url)];
    expect(Object.keys(restored)).toEqual(Object.keys(source));
    for (const table of Object.keys(source)) expect(restored[table], table).toEqual(source[table]);
    expect(source.Agreement.length).toBeGreaterThanOrEqual(12);
    // The demo's three documents and the one uploaded here.
    expect(source.DocumentContent.length).toBe(4);
    expect(restored.DocumentPage).toHaveLength(1);
    expect(restored.DocumentPage[0]).toContain("'exchange'");
    expect(restored.Project.some((row) => row.includes('"budgetAmount":9999999999999999.99'))).toBe(true);
  });

  it("keeps working: new rows get fresh serial ids after the restored ones", async () => {
    await withClient(target.url, async (client) => {
      const { rows: before } = await client.query<{ max: string }>(`SELECT max(id)::text AS max FROM "AuditEvent"`);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "AuditEvent" (action, "entityType", "entityId", changes) VALUES ('update', 'Agreement', 'x', '{}') RETURNING id::text`,
      );
      expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(before[0].max));
    });
  });
});

describe("the download administrators take from the running app", () => {
  it("is the same backup, through the app's own connection; nobody else gets one", async () => {
    for (const role of ["OFFICER", "MANAGER"] as const) expect(await backupFor(viewerOf(await makeUser(role)))).toBeNull();
    const file = await backupFor(viewerOf(await makeUser("ADMIN")));
    await releaseAppConnection();
    const path_ = path.join(dir, "download.ndjson.gz");
    fs.writeFileSync(path_, file!);
    const fresh = await createTestDatabase(kind);
    try {
      await withClient(fresh.url, (client) => restoreLines(pgSql(client), backupFileLines(path_)));
      expect(await everyTable(fresh.url)).toEqual(await everyTable(process.env.DATABASE_URL!));
    } finally {
      await fresh.drop();
    }
  });
});

describe("a bad backup", () => {
  it("is refused and changes nothing: truncated, not a backup, or from other migrations", async () => {
    const good = path.join(dir, "good.ndjson.gz");
    await backup(process.env.DATABASE_URL!, good);
    const lines = zlib.gunzipSync(fs.readFileSync(good)).toString().split("\n");
    const header = JSON.parse(lines[0]) as { migrations: string[] };
    const variants: [string, string][] = [
      ["cut short", lines.slice(0, Math.floor(lines.length / 2)).join("\n")],
      ["not a backup", "Reference,Title\nRUP/1,MOU\n"],
      ["other migrations", [JSON.stringify({ ...header, migrations: header.migrations.slice(0, 1) }), ...lines.slice(1)].join("\n")],
    ];
    const before = await everyTable(target.url);
    for (const [name, text] of variants) {
      const file = path.join(dir, `${name}.ndjson.gz`);
      fs.writeFileSync(file, zlib.gzipSync(text));
      await expect(withClient(target.url, (client) => restoreLines(pgSql(client), backupFileLines(file))), name).rejects.toBeInstanceOf(BackupError);
    }
    expect(await everyTable(target.url)).toEqual(before);
  });
});

// The embedded database serves one connection at a time, so writes cannot run beside a backup
// there: the app's own backup (/admin/backup) holds that connection for its transaction.
describe.runIf(kind === "postgres")("a backup taken while the app writes", () => {
  it("is one consistent moment: every organisation written has its audit event, and no event lacks its organisation", async () => {
    const url = process.env.DATABASE_URL!;
    let writing = true;
    let written = 0;
    const writer = withClient(url, async (client) => {
      while (writing) {
        await client.query("BEGIN");
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "Organisation" (id, name, kind, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'GOVERNMENT', now()) RETURNING id`,
          [`Concurrent ${written}`],
        );
        await client.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId", changes) VALUES ('create', 'Organisation', $1, '{}')`, [rows[0].id]);
        await client.query("COMMIT");
        written++;
      }
    });
    while (written < 20) await new Promise((r) => setTimeout(r, 20));
    const file = path.join(dir, "live.ndjson.gz");
    await backup(url, file);
    const atBackup = written;
    while (written < atBackup + 20) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await writer;

    const fresh = await createTestDatabase(kind);
    try {
      await withClient(fresh.url, (client) => restoreLines(pgSql(client), backupFileLines(file)));
      await withClient(fresh.url, async (client) => {
        const { rows } = await client.query<{ organisations: number; events: number; orphans: number }>(`
          SELECT (SELECT count(*)::int FROM "Organisation" WHERE name LIKE 'Concurrent %') AS organisations,
                 (SELECT count(*)::int FROM "AuditEvent" e JOIN "Organisation" o ON o.id = e."entityId" WHERE o.name LIKE 'Concurrent %') AS events,
                 (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityType" = 'Organisation' AND NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o.id = e."entityId")) AS orphans`);
        expect(rows[0].organisations).toBeGreaterThanOrEqual(20);
        expect(rows[0].organisations).toBeLessThan(written);
        expect(rows[0].events).toBe(rows[0].organisations);
        expect(rows[0].orphans).toBe(0);
      });
    } finally {
      await fresh.drop();
    }
  });
});
