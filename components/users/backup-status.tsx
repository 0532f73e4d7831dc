// The automatic backups as administrators see them (on /admin/users, beside the download): where
// they go and how often, the last verified one, and a failed attempt or a stale backup, loudly.
import { buttonClass } from "@/components/ui/button";
import type { backupStatus } from "@/lib/backup/queries";
import { parseRetention } from "@/lib/backup/retention";
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";

type Status = NonNullable<Awaited<ReturnType<typeof backupStatus>>>;

/** A file's size in kilobytes under 100 KB, else in megabytes to a tenth. */
const size = (bytes: bigint | null) => (Number(bytes ?? 0) < 102_400 ? { unit: "kb", n: Math.ceil(Number(bytes ?? 0) / 1024) } : { unit: "mb", n: Number((Number(bytes) / 1048576).toFixed(1)) });

export function BackupStatus({ status: { settings, lastRun, lastVerified }, now = new Date() }: { status: Status; now?: Date }) {
  const t = useTranslations("admin.backup");
  const f = useFormats();
  const code = (chunks: React.ReactNode) => <code className="break-all">{chunks}</code>;
  const kept = settings && parseRetention(settings.retention);
  const hoursOld = lastVerified ? (now.getTime() - lastVerified.startedAt.getTime()) / 3_600_000 : null;
  const stale = settings && hoursOld !== null && hoursOld > 2 * settings.everyHours;
  const failed = lastRun?.status === "failed" ? lastRun : null;
  return (
    <div className="space-y-3 text-sm">
      {settings ? (
        <p className="text-slate-600">
          {t.rich("schedule", { code, every: settings.everyHours, dir: settings.dir, daily: kept?.daily ?? 0, weekly: kept?.weekly ?? 0, monthly: kept?.monthly ?? 0 })}
        </p>
      ) : (
        <p className="text-slate-600">
          {t("off")}
        </p>
      )}
      {failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          {t("failed", { at: f.moment(failed.startedAt), error: failed.error ?? "" })}
        </p>
      )}
      {stale && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900">
          {t("stale", { hours: Math.floor(hoursOld!) })}
        </p>
      )}
      {lastVerified ? (
        <p data-testid="last-backup">
          {t.rich("last", { code, at: f.moment(lastVerified.startedAt), file: lastVerified.file ?? "", ...size(lastVerified.bytes), rows: lastVerified.rows ?? 0 })}
        </p>
      ) : (
        settings && <p>{t("noneYet")}</p>
      )}
      {/* A file download, not a page: a plain link, so the browser saves it. */}
      <a href="/admin/backup" className={buttonClass("secondary", "")}>
        {t("download")}
      </a>
    </div>
  );
}
