// The automatic backups as administrators see them (on /admin/users, beside the download): where
// they go and how often, the last verified one, and a failed attempt or a stale backup, loudly.
import { buttonClass } from "@/components/ui/button";
import type { backupStatus } from "@/lib/backup/queries";
import { parseRetention } from "@/lib/backup/retention";

type Status = NonNullable<Awaited<ReturnType<typeof backupStatus>>>;

const when = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const size = (bytes: bigint | null) => (Number(bytes ?? 0) < 102_400 ? `${Math.ceil(Number(bytes ?? 0) / 1024)} KB` : `${(Number(bytes) / 1048576).toFixed(1)} MB`);

export function BackupStatus({ status: { settings, lastRun, lastVerified }, now = new Date() }: { status: Status; now?: Date }) {
  const kept = settings && parseRetention(settings.retention);
  const hoursOld = lastVerified ? (now.getTime() - lastVerified.startedAt.getTime()) / 3_600_000 : null;
  const stale = settings && hoursOld !== null && hoursOld > 2 * settings.everyHours;
  const failed = lastRun?.status === "failed" ? lastRun : null;
  return (
    <div className="space-y-3 text-sm">
      {settings ? (
        <p className="text-slate-600">
          Every {settings.everyHours} hours into <code className="break-all">{settings.dir}</code>, each one checked by restoring it into a scratch
          database and counting its rows. Kept: the newest of each of the last {kept?.daily} days, {kept?.weekly} weeks and {kept?.monthly} months.
        </p>
      ) : (
        <p className="text-slate-600">
          The app takes no backups of its own here: BACKUP_DIR is not set (a PostgreSQL server is backed up with its own tools; see the README), or
          BACKUP_EVERY_HOURS is 0.
        </p>
      )}
      {failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          The backup of {when(failed.startedAt)} failed: {failed.error} It is tried again every hour, and the administrators were emailed.
        </p>
      )}
      {stale && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900">
          The last verified backup is {Math.floor(hoursOld!)} hours old.
        </p>
      )}
      {lastVerified ? (
        <p data-testid="last-backup">
          Last verified backup: {when(lastVerified.startedAt)}, <code className="break-all">{lastVerified.file}</code>, {size(lastVerified.bytes)},{" "}
          {lastVerified.rows} rows restored in its check.
        </p>
      ) : (
        settings && <p>No verified backup yet: the first is taken a minute after the app starts (or by `npm run jobs`, where cron runs the jobs).</p>
      )}
      {/* A file download, not a page: a plain link, so the browser saves it. */}
      <a href="/admin/backup" className={buttonClass("secondary", "")}>
        Download a backup now
      </a>
    </div>
  );
}
