// Which automatic backups to keep: the newest of each of the last `daily` days that have one, of
// the last `weekly` ISO weeks and of the last `monthly` months (7, 4 and 12 by default: a year back,
// with the recent past in finer steps). Files the app did not name are never touched.

export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4, monthly: 12 };

const PREFIX = "backup-";
const SUFFIX = ".ndjson.gz";

/** The file name of a backup taken at `at` ("backup-2026-12-04T02-00-00Z.ndjson.gz": sorts by time). */
export function backupFileName(at: Date): string {
  return `${PREFIX}${at.toISOString().slice(0, 19).replace(/:/g, "-")}Z${SUFFIX}`;
}

/** When a backup file of ours was taken, or null for any other file. */
export function takenAt(name: string): Date | null {
  const match = /^backup-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)Z\.ndjson\.gz$/.exec(name);
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The ISO week of a date, as "2026-W49". */
function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the week's Thursday decides its year
  const firstDay = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  return `${day.getUTCFullYear()}-W${Math.ceil(((day.getTime() - firstDay.getTime()) / 86_400_000 + 1) / 7)}`;
}

const PERIODS: [keyof Retention, (at: Date) => string][] = [
  ["daily", (at) => at.toISOString().slice(0, 10)],
  ["weekly", isoWeek],
  ["monthly", (at) => at.toISOString().slice(0, 7)],
];

/** The backup files among `names` that the rule no longer keeps (the newest first decides each period). */
export function backupsToRemove(names: string[], rule: Retention = DEFAULT_RETENTION): string[] {
  const backups = names.flatMap((name) => {
    const at = takenAt(name);
    return at ? [{ name, at }] : [];
  });
  backups.sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  for (const [kind, period] of PERIODS) {
    const seen = new Set<string>();
    for (const backup of backups) {
      const key = period(backup.at);
      if (seen.has(key)) continue;
      if (seen.size === rule[kind]) break;
      seen.add(key);
      kept.add(backup.name);
    }
  }
  return backups.filter((b) => !kept.has(b.name)).map((b) => b.name);
}

/** BACKUP_RETENTION ("7,4,12": daily, weekly, monthly), or null when it is not three whole numbers. */
export function parseRetention(value: string): Retention | null {
  const parts = value.split(",").map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const [daily, weekly, monthly] = parts.map(Number);
  return daily + weekly + monthly > 0 ? { daily, weekly, monthly } : null;
}
