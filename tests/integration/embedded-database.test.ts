import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function tryOpenFromAnotherProcess(dataDir: string) {
  return run(process.execPath, ["--import", "tsx", "tests/support/open-data-dir.ts", dataDir]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe.runIf(process.env.TEST_DB_KIND !== "postgres")("the embedded database", () => {
  it("refuses a second process on the same data directory, naming the owner, and keeps working", async () => {
    const dataDir = tempDir();
    const first = await openEmbeddedDatabase({ dataDir, command: "first app" });
    try {
      await query(first.url, "CREATE TABLE note (body text)");
      const second = await tryOpenFromAnotherProcess(dataDir);
      expect(second.code).toBe(3);
      expect(second.stdout).toContain(`in use by process ${process.pid} (first app)`);
      await query(first.url, "INSERT INTO note VALUES ('still writable')");
      expect(await query(first.url, "SELECT body FROM note")).toEqual([{ body: "still writable" }]);
    } finally {
      await first.close();
    }
  }, 60_000);

  it("keeps its data across restarts", async () => {
    const dataDir = tempDir();
    const first = await openEmbeddedDatabase({ dataDir, command: "test" });
    await migrate(first.url);
    await query(first.url, `INSERT INTO "Theme" (id, code, label) VALUES ('t1', 'osh', 'OSH')`);
    await first.close();

    const again = await openEmbeddedDatabase({ dataDir, command: "test" });
    try {
      expect(await migrate(again.url)).toEqual([]);
      expect(await query(again.url, `SELECT label FROM "Theme"`)).toEqual([{ label: "OSH" }]);
    } finally {
      await again.close();
    }
  }, 60_000);

  it("flushes each commit's write-ahead log to the disk before answering it, and the data files at a checkpoint", async () => {
    const dataDir = tempDir();
    const database = await openEmbeddedDatabase({ dataDir, command: "test" });
    const client = new pg.Client({ connectionString: database.url });
    try {
      await client.connect();
      expect((await client.query("SHOW fsync")).rows).toEqual([{ fsync: "on" }]);
      expect((await client.query("SHOW wal_sync_method")).rows).toEqual([{ wal_sync_method: "fsync" }]);
      await client.query("CREATE TABLE note (body text)");
      const flushes = database.flushes!;
      for (let i = 0; i < 20; i++) {
        const before = flushes.wal;
        await client.query("INSERT INTO note VALUES ($1)", [`commit ${i}`]);
        // Answered: so its WAL was flushed already (PGlite runs in this process, synchronously).
        expect(flushes.wal, `commit ${i}`).toBeGreaterThan(before);
      }
      // One transaction of many statements is one flush, at its commit.
      const beforeTransaction = flushes.wal;
      await client.query("BEGIN");
      for (let i = 0; i < 10; i++) await client.query("INSERT INTO note VALUES ('in one transaction')");
      expect(flushes.wal).toBe(beforeTransaction);
      await client.query("COMMIT");
      expect(flushes.wal).toBe(beforeTransaction + 1);
      // A checkpoint flushes the data files it wrote before the WAL before it may go.
      const beforeCheckpoint = flushes.other;
      await client.query("CHECKPOINT");
      expect(flushes.other).toBeGreaterThan(beforeCheckpoint);
    } finally {
      await client.end();
      await database.close();
    }
  }, 60_000);

  it("takes over the lock of an owner that died without releasing it", async () => {
    const dataDir = tempDir();
    const { stdout } = await run(process.execPath, ["-e", "console.log(process.pid)"]); // a pid that is gone now
    const dead = { pid: Number(stdout), hostname: os.hostname(), command: "crashed app", startedAt: new Date().toISOString() };
    fs.writeFileSync(path.join(dataDir, "owner.lock"), JSON.stringify(dead));
    const second = await tryOpenFromAnotherProcess(dataDir);
    expect(second).toEqual({ code: 0, stdout: "opened\n" });
    expect(fs.existsSync(path.join(dataDir, "owner.lock"))).toBe(false); // released on close
  }, 60_000);
});
