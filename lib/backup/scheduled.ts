// The app's own backups, taken by the job runner (lib/jobs/scheduler.ts, or `npm run jobs`) when one
// is due: written to BACKUP_DIR from one consistent snapshot, verified by restoring the file into a
// scratch in-memory database in a process of its own (scripts/verify-backup.ts) and counting its rows
// against the snapshot's, then the files the retention rule no longer keeps removed. Every run is a
// BackupRun row, shown to administrators; a failure is emailed to them. One instance at a time.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { backupLines, writeBackupFile } from "@/lib/database/backup";
import { db } from "@/lib/db";
import type { BackupRun } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { inSnapshot } from "./queries";
import { backupFileName, backupsToRemove, parseRetention } from "./retention";
import { backupSettings, type BackupSettings } from "./settings";

const LOCK = 72_707_371;
/** A run still "running" this long after it started died with its process. */
const STALE_HOURS = 6;
/** After a failure, the next attempt (and the next email, if it fails again). */
const RETRY_HOURS = 1;
const HOUR = 3_600_000;

/** Whether a backup is due after `last` (the newest run). */
export function isDue(last: Pick<BackupRun, "status" | "startedAt"> | null, everyHours: number, now: Date): boolean {
  if (!last) return true;
  const hours = (now.getTime() - last.startedAt.getTime()) / HOUR;
  if (last.status === "running") return hours > STALE_HOURS;
  return hours >= (last.status === "failed" ? RETRY_HOURS : everyHours);
}

/** Claims the next run if one is due and no other instance is taking one: its row, or null. */
async function claim(settings: BackupSettings, now: Date): Promise<BackupRun | null> {
  return db().$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`;
    if (!locked) return null;
    const last = await tx.backupRun.findFirst({ orderBy: { startedAt: "desc" } });
    if (!isDue(last, settings.everyHours, now)) return null;
    if (last?.status === "running") await tx.backupRun.update({ where: { id: last.id }, data: { status: "failed", finishedAt: now, error: "The app stopped while this backup ran." } });
    return tx.backupRun.create({ data: { startedAt: now } });
  });
}

const run = promisify(execFile);

/** Restores `file` into a scratch database in a child process: the rows it holds, or throws why not. */
async function verify(file: string): Promise<number> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "verify-backup.ts"), file], {
      timeout: STALE_HOURS * HOUR,
      maxBuffer: 1024 * 1024,
    });
    return (JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { rows: number }).rows;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`The backup could not be restored for its check: ${stderr || (error as Error).message}`);
  }
}

function removeIfThere(file: string) {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // The folder itself is what failed (not there, not a folder): nothing of ours to remove.
  }
}

function prune(settings: BackupSettings): string[] {
  const removed = backupsToRemove(fs.readdirSync(settings.dir), parseRetention(settings.retention)!);
  for (const name of removed) fs.rmSync(path.join(settings.dir, name), { force: true });
  return removed;
}

async function tellAdministrators(runId: string, error: string, settings: BackupSettings) {
  const admins = await db().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true, name: true, email: true } });
  await db().$transaction(async (tx) => {
    for (const admin of admins) {
      await enqueueMail(tx, {
        userId: admin.id,
        to: admin.email,
        kind: "backup",
        subject: "The automatic backup failed",
        text: [
          `Dear ${admin.name},`,
          "",
          `The automatic backup into ${settings.dir} failed, and is tried again in an hour:`,
          "",
          `  ${error}`,
          "",
          `The last backups and their state: ${appUrl("/admin/users")}. Until one succeeds, download one there, and check the folder's disk.`,
          `(run ${runId})`,
        ].join("\n"),
      });
    }
  });
}

export type BackupOutcome = { status: "verified"; file: string; rows: number; removed: string[] } | { status: "failed"; error: string };

/** Takes, verifies and prunes a backup when one is due; null when none is (or backups are off). */
export async function backupIfDue(now = new Date(), settings = backupSettings()): Promise<BackupOutcome | null> {
  if (!settings) return null;
  const claimed = await claim(settings, now);
  if (!claimed) return null;
  const file = path.join(settings.dir, backupFileName(now));
  try {
    fs.mkdirSync(settings.dir, { recursive: true, mode: 0o700 });
    await inSnapshot((sql) => writeBackupFile(backupLines(sql, now), file));
    const rows = await verify(file);
    const removed = prune(settings);
    await db().backupRun.update({
      where: { id: claimed.id },
      data: { status: "verified", finishedAt: new Date(), file: path.basename(file), bytes: BigInt(fs.statSync(file).size), rows },
    });
    log("info", "backup verified", { file, rows, removed });
    return { status: "verified", file, rows, removed };
  } catch (failure) {
    const error = (failure as Error).message.slice(0, 2000);
    // A file that did not pass its check is no backup to restore from (where there is a file at all).
    for (const name of [file, `${file}.partial`]) removeIfThere(name);
    await db().backupRun.update({ where: { id: claimed.id }, data: { status: "failed", finishedAt: new Date(), error } });
    await tellAdministrators(claimed.id, error, settings);
    log("error", "backup failed", { error });
    return { status: "failed", error };
  }
}
