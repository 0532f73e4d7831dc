// npm run jobs: runs the reminder, backup, document reading and mail jobs once (for cron, with JOBS_EVERY_MINUTES=0 in the app).
import { openDatabase } from "../lib/database";
import { runJobs } from "../lib/jobs/scheduler";
import { runCli } from "./cli";

await runCli(async (env) => {
  const database = await openDatabase(env, "npm run jobs");
  process.env.DATABASE_URL = database.url;
  try {
    const { reminders, backup, documents, mail } = await runJobs();
    console.log(
      reminders.skipped ? "Reminders: another instance is running them." : `Reminders: ${reminders.notifications} new notifications, ${reminders.digests} digests queued.`,
      !backup ? "Backup: none due (or BACKUP_DIR is not set)." : backup.status === "verified" ? `Backup: ${backup.file}, ${backup.rows} rows, verified.` : `Backup failed: ${backup.error}`,
      `Documents: ${documents} read.`,
      mail.configured ? `Mail: ${mail.sent} sent, ${mail.failed} failed.` : "Mail: SMTP_URL is not set; messages wait in the outbox.",
    );
  } finally {
    const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    await holder.prisma?.$disconnect();
    await database.close();
  }
});
