// Runs the scheduled jobs inside the app server every JOBS_EVERY_MINUTES. Safe with several
// instances on one database: reminders and backups take an advisory lock and the outbox claims
// messages with SKIP LOCKED, so each fact is notified once, each email sent by one instance and
// each backup taken by one.
import { backupIfDue } from "@/lib/backup/scheduled";
import { readDocumentsHere, readWaitingDocuments } from "@/lib/documents/text/run";
import { parseEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { deliverPending } from "@/lib/mail/outbox";
import { runReminders } from "@/lib/reminders/run";

export async function runJobs() {
  const reminders = await runReminders();
  const backup = await backupIfDue();
  const documents = await readWaitingDocuments();
  // Last: a failed backup's email goes out in the same round.
  const mail = await deliverPending();
  return { reminders, backup, documents, mail };
}

export function startScheduler() {
  const minutes = parseEnv().JOBS_EVERY_MINUTES;
  if (minutes === 0) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJobs();
    } catch (error) {
      log("error", "scheduled jobs failed", { error });
    } finally {
      running = false;
    }
  };
  readDocumentsHere();
  setTimeout(tick, 60_000).unref();
  setInterval(tick, minutes * 60_000).unref();
}
