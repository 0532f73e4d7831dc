// The app's own backups: taken when due into the backup folder, verified by restoring each into a
// scratch database, pruned by the retention rule, one at a time; a failure recorded, emailed to the
// administrators and tried again an hour later. Runs on both databases (the check restores into an
// in-memory embedded one either way).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupIfDue } from "@/lib/backup/scheduled";
import { backupFileName } from "@/lib/backup/retention";
import { db } from "@/lib/db";
import { makeOrganisation, makeUser } from "../support/factories";

const dirs: string[] = [];
const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-backups-"));
  dirs.push(dir);
  return dir;
};
const HOUR = 3_600_000;
const start = new Date("2030-01-15T02:00:00Z");
const later = (hours: number) => new Date(start.getTime() + hours * HOUR);

beforeAll(async () => {
  for (let i = 0; i < 3; i++) await makeOrganisation();
  await makeUser("ADMIN");
});
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("a backup when one is due", () => {
  const dir = folder();
  const settings = { dir, everyHours: 24, retention: "7,4,12" };

  it("is written, restored into a scratch database with every row, and recorded; then not again until the next is due", async () => {
    // Last year's nightly files: the retention rule decides which stay; a file of someone else's is left alone.
    const old = Array.from({ length: 40 }, (_, i) => backupFileName(new Date(start.getTime() - (i + 1) * 24 * HOUR)));
    for (const name of old) fs.writeFileSync(path.join(dir, name), "");
    fs.writeFileSync(path.join(dir, "notes.txt"), "keep me");

    const outcome = await backupIfDue(start, settings);
    expect(outcome).toMatchObject({ status: "verified" });
    if (outcome?.status !== "verified") return;
    const name = backupFileName(start);
    expect(outcome.file).toBe(path.join(dir, name));
    const header = JSON.parse(gunzipSync(fs.readFileSync(outcome.file)).toString().split("\n")[0]) as { rows: Record<string, number> };
    expect(outcome.rows).toBe(Object.values(header.rows).reduce((a, b) => a + b, 0));
    expect(header.rows.Organisation).toBeGreaterThanOrEqual(3);
    expect(fs.statSync(outcome.file).mode & 0o077).toBe(0);

    const run = await db().backupRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(run).toMatchObject({ status: "verified", file: name, rows: outcome.rows, error: null });
    expect(Number(run.bytes)).toBe(fs.statSync(outcome.file).size);

    // 7 days, 4 weeks, 12 months back from today's backup: of the 41, the newest 7 days and a few older ones stay.
    const left = fs.readdirSync(dir).sort();
    expect(left).toContain("notes.txt");
    expect(left).toContain(name);
    expect(left.length).toBeLessThan(old.length);
    expect(outcome.removed.length).toBe(old.length + 1 - (left.length - 1));
    expect(left).toContain(backupFileName(later(-24 * 6)));

    expect(await backupIfDue(later(23), settings)).toBeNull();
    expect(await backupIfDue(later(24), settings)).toMatchObject({ status: "verified" });
  }, 120_000);

  it("is taken by one of two instances asking at once", async () => {
    const outcomes = await Promise.all([backupIfDue(later(48), settings), backupIfDue(later(48), settings)]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await db().backupRun.count({ where: { startedAt: later(48) } })).toBe(1);
  }, 120_000);
});

describe("a backup that fails", () => {
  it("is recorded with its reason, emailed to the administrators, keeps no file, and is tried again an hour later", async () => {
    const blocked = path.join(folder(), "not-a-folder");
    fs.writeFileSync(blocked, ""); // the backup folder's path is a file: nothing can be written there
    const settings = { dir: blocked, everyHours: 24, retention: "7,4,12" };
    const when = later(24 * 30);
    const outcome = await backupIfDue(when, settings);
    expect(outcome).toMatchObject({ status: "failed", error: expect.stringMatching(/EEXIST|ENOTDIR/) });
    expect(await db().backupRun.findFirstOrThrow({ where: { startedAt: when } })).toMatchObject({ status: "failed", error: expect.any(String) });
    const mail = await db().emailMessage.findMany({ where: { kind: "backup" } });
    const admins = await db().user.count({ where: { role: "ADMIN", active: true } });
    expect(mail).toHaveLength(admins);
    expect(mail[0]).toMatchObject({ subject: "The automatic backup failed", text: expect.stringContaining(blocked) });

    expect(await backupIfDue(new Date(when.getTime() + 30 * 60_000), settings)).toBeNull();
    expect(await backupIfDue(new Date(when.getTime() + HOUR), settings)).toMatchObject({ status: "failed" });
  }, 120_000);

  it("left running by a process that died is closed as failed, and the next one runs", async () => {
    const dir = folder();
    const when = later(24 * 60);
    await db().backupRun.create({ data: { startedAt: when } });
    expect(await backupIfDue(new Date(when.getTime() + 5 * HOUR), { dir, everyHours: 24, retention: "7,4,12" })).toBeNull();
    expect(await backupIfDue(new Date(when.getTime() + 7 * HOUR), { dir, everyHours: 24, retention: "7,4,12" })).toMatchObject({ status: "verified" });
    expect(await db().backupRun.findFirstOrThrow({ where: { startedAt: when } })).toMatchObject({ status: "failed", error: "The app stopped while this backup ran." });
  }, 120_000);
});

describe("the check", () => {
  it("refuses a file whose rows do not match what it says it holds", async () => {
    const good = (await db().backupRun.findFirstOrThrow({ where: { status: "verified" }, orderBy: { startedAt: "asc" } })).file!;
    const source = fs.readdirSync(dirs[0]).includes(good) ? path.join(dirs[0], good) : null;
    expect(source).not.toBeNull();
    const lines = gunzipSync(fs.readFileSync(source!)).toString().split("\n");
    const organisation = lines.findIndex((line) => line === "#table Organisation");
    lines.splice(organisation + 1, 1); // one organisation lost
    const damaged = path.join(folder(), "damaged.ndjson.gz");
    fs.writeFileSync(damaged, gzipSync(lines.join("\n")));
    const check = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/verify-backup.ts", damaged]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/Organisation should have \d+ rows/);
  }, 120_000);
});
