// Every email goes through the outbox table: written in the same transaction as what caused it,
// then sent by `deliverPending`, which claims messages with FOR UPDATE SKIP LOCKED (so several
// app instances never send one message twice at once), retries with back-off, and gives up after
// MAX_ATTEMPTS, leaving the message FAILED for admins to see and retry.
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MAX_ATTEMPTS = 5;
/** A claimed message not finished within this time (the sender died) is claimed again. */
const LEASE_MINUTES = 10;
const BATCH = 20;

export interface Mail {
  userId?: string | null;
  to: string;
  subject: string;
  text: string;
  kind: "digest" | "invitation" | "password-reset" | "clearance" | "report" | "action-item" | "security" | "backup";
}

/** Queues a message; pass the transaction that writes the record it belongs to. */
export function enqueueMail(tx: Prisma.TransactionClient, mail: Mail) {
  return tx.emailMessage.create({ data: { ...mail, userId: mail.userId ?? null } });
}

/** The absolute URL of a path in the app, for links in emails. */
export function appUrl(path: string): string {
  const env = parseEnv();
  return new URL(path, env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).toString();
}

/** Minutes to wait before attempt n+1: 1, 4, 16, 64… */
const backoffMinutes = (attempts: number) => 4 ** Math.max(0, attempts - 1);

export type Sender = (message: { to: string; subject: string; text: string }) => Promise<void>;

/** The SMTP sender from SMTP_URL, or null when mail is not configured. */
export function smtpSender(): Sender | null {
  const env = parseEnv();
  if (!env.SMTP_URL) return null;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  return async ({ to, subject, text }) => {
    await transport.sendMail({ from: env.MAIL_FROM, to, subject, text });
  };
}

/** Sends what is due; returns how many were sent and how many failed this round. */
export async function deliverPending(send: Sender | null = smtpSender(), now = new Date()) {
  if (!send) return { sent: 0, failed: 0, configured: false };
  let sent = 0;
  let failed = 0;
  // Timestamps are stored as UTC without a zone (Prisma's convention); compare in UTC whatever the session's zone.
  const at = now.toISOString();
  for (;;) {
    const claimed = await db().$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
      UPDATE "EmailMessage" SET status = 'SENDING', attempts = attempts + 1,
             "nextAttemptAt" = (${at}::timestamptz AT TIME ZONE 'UTC') + make_interval(mins => ${LEASE_MINUTES})
      WHERE id IN (
        SELECT id FROM "EmailMessage"
        WHERE status IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
        ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING id, "to", subject, text, attempts`;
    if (claimed.length === 0) break;
    for (const message of claimed) {
      try {
        await send(message);
        await db().emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: now, lastError: null } });
        sent++;
      } catch (error) {
        failed++;
        const gaveUp = message.attempts >= MAX_ATTEMPTS;
        await db().emailMessage.update({
          where: { id: message.id },
          data: {
            status: gaveUp ? "FAILED" : "PENDING",
            lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
            nextAttemptAt: new Date(now.getTime() + backoffMinutes(message.attempts) * 60_000),
          },
        });
      }
    }
    if (claimed.length < BATCH) break;
  }
  return { sent, failed, configured: true };
}

/** Sends a FAILED (or waiting) message again at the next run: admins' "retry". */
export async function retryMessage(id: string) {
  const { count } = await db().emailMessage.updateMany({
    where: { id, status: { in: ["FAILED", "PENDING"] } },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
  });
  return count === 1;
}
