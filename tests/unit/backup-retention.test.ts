// Which automatic backups are kept: the newest of each recent day, week and month, nothing else of
// ours, and never a file the app did not name.
import { describe, expect, it } from "vitest";
import { backupFileName, backupsToRemove, parseRetention, takenAt } from "@/lib/backup/retention";

/** A backup at 02:00 UTC each day from `first`, for `days` days. */
function daily(first: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => backupFileName(new Date(Date.parse(`${first}T02:00:00Z`) + i * 86_400_000)));
}

describe("the default rule (7 daily, 4 weekly, 12 monthly)", () => {
  it("keeps a year of nightly backups down to the last 7 days, 4 weeks and 12 months", () => {
    const names = daily("2025-12-01", 369); // to 2026-12-04
    const removed = new Set(backupsToRemove(names));
    const kept = names.filter((n) => !removed.has(n)).map((n) => takenAt(n)!.toISOString().slice(0, 10));
    // The last 7 days (28 Nov to 4 Dec); the newest of the last 4 ISO weeks (this Friday, and the Sundays
    // 29, 22 and 15 Nov); the newest of the last 12 months (4 Dec, then each month's last day back to January).
    expect(kept).toEqual([
      "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
      "2026-11-15", "2026-11-22", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04",
    ]);
  });

  it("keeps only the newest of several backups in a day, and every day's while there are few", () => {
    const names = ["2026-12-04T02:00:00Z", "2026-12-04T14:00:00Z", "2026-12-03T02:00:00Z"].map((at) => backupFileName(new Date(at)));
    expect(backupsToRemove(names)).toEqual([names[0]]);
  });

  it("never removes a file it did not name", () => {
    expect(backupsToRemove(["notes.txt", "backup-latest.ndjson.gz", "pg_dump-2020-01-01.sql.gz"])).toEqual([]);
  });
});

describe("settings", () => {
  it("reads BACKUP_RETENTION as daily, weekly, monthly", () => {
    expect(parseRetention("7,4,12")).toEqual({ daily: 7, weekly: 4, monthly: 12 });
    expect(parseRetention(" 30, 0, 0 ")).toEqual({ daily: 30, weekly: 0, monthly: 0 });
    expect(parseRetention("7,4")).toBeNull();
    expect(parseRetention("0,0,0")).toBeNull();
    expect(parseRetention("a,b,c")).toBeNull();
  });

  it("names files so they sort by time, and reads the time back", () => {
    const at = new Date("2026-12-04T02:03:04.567Z");
    expect(backupFileName(at)).toBe("backup-2026-12-04T02-03-04Z.ndjson.gz");
    expect(takenAt(backupFileName(at))).toEqual(new Date("2026-12-04T02:03:04Z"));
  });
});
