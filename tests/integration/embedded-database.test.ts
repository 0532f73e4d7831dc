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
