// Reminders on the demo data: notifications once per fact, one digest a day per officer, sent
// through a real SMTP conversation with a local capturing server, retried on failure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPending, MAX_ATTEMPTS, smtpSender } from "@/lib/mail/outbox";
import { listNotifications, markRead, unreadCount } from "@/lib/notifications/notifications";
import { runReminders } from "@/lib/reminders/run";
import { viewerOf } from "../support/factories";
import { seedDemoData } from "@/prisma/seed/seed";
import { startSmtpServer } from "../support/smtp";

// The day the facts are judged on is fixed (the demo data's dates are); the clock the job and the
// outbox run by follows the real one, because the database stamps rows with its own time.
const ON = new Date("2026-11-29T00:00:00Z");
const NOW = new Date();
const NEXT_DAY = new Date(NOW.getTime() + 24 * 3_600_000);
let failing = false;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  smtp = await startSmtpServer({ reject: () => failing });
  process.env.SMTP_URL = smtp.url;
}, 120_000);

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

const userId = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;

describe("the reminder job", () => {
  it("notifies each officer of what they are responsible for, and queues one digest each", async () => {
    const result = await runReminders(ON, NOW);
    expect(result.skipped).toBe(false);
    const olivia = await userId("officer@example.org");
    const omar = await userId("officer2@example.org");
    const keys = async (id: string) => (await db().notification.findMany({ where: { userId: id }, select: { key: true } })).map((n) => n.key.split(":")[0]).sort();
    // Olivia: Singapore and BP expire within 90 days; ASEAN's two overdue items; BP's project report is stale; ...
    const oliviaKinds = await keys(olivia);
    expect(oliviaKinds.filter((k) => k === "agreement-expiring")).toHaveLength(2);
    expect(oliviaKinds).toContain("action-overdue");
    // Omar: the Lao PDR-Singapore agreement expires within 90 days.
    expect((await keys(omar)).filter((k) => k === "agreement-expiring")).toHaveLength(1);
    // Managers get none; partners only the reports their organisation owes (ASEAN's, in the demo).
    expect(await db().notification.count({ where: { user: { role: "MANAGER" } } })).toBe(0);
    const partnerKinds = await db().notification.findMany({ where: { user: { role: "PARTNER" } }, select: { kind: true, user: { select: { email: true } } } });
    expect(new Set(partnerKinds.map((n) => `${n.user.email} ${n.kind}`))).toEqual(new Set(["asean@example.org partner-report-due"]));
    const digests = await db().emailMessage.findMany({ where: { kind: "digest" } });
    expect(digests.map((d) => d.to).sort()).toEqual(["asean@example.org", "officer2@example.org", "officer@example.org"]);
    expect(digests.find((d) => d.to === "officer@example.org")!.text).toContain("ILO/Singapore Partnership Agreement");
  });

  it("writes each person's notifications and digest in their own language (Omar reads French, Olivia English)", async () => {
    const [omar, olivia] = await Promise.all([userId("officer2@example.org"), userId("officer@example.org")]);
    const titles = async (id: string) => (await db().notification.findMany({ where: { userId: id, kind: "agreement-expiring" }, select: { title: true } })).map((n) => n.title);
    expect((await titles(omar)).every((title) => /\u00a0: Expire dans \d+ jours, le \d+ [a-zéû.]+ \d{4}$/.test(title)), (await titles(omar)).join()).toBe(true);
    expect((await titles(olivia)).every((title) => /: Expires in \d+ days, on \d+ [A-Z][a-z]{2} \d{4}$/.test(title)), (await titles(olivia)).join()).toBe(true);
    const digest = await db().emailMessage.findFirstOrThrow({ where: { kind: "digest", to: "officer2@example.org" } });
    expect(digest.subject).toMatch(/^\d+ éléments? demandent? votre attention$/);
    expect(digest.text).toContain("Bonjour Omar Officer,");
    expect(digest.text).toContain("Accords arrivant à expiration\u00a0:");
    expect((await db().emailMessage.findFirstOrThrow({ where: { kind: "digest", to: "officer@example.org" } })).subject).toMatch(/^\d+ things? needs? your attention$/);
  });

  it("does not repeat itself: a second run, or two at once, adds nothing", async () => {
    const before = { notifications: await db().notification.count(), emails: await db().emailMessage.count() };
    const runs = await Promise.all([runReminders(ON, NOW), runReminders(ON, NOW), runReminders(ON, NOW)]);
    expect(runs.reduce((n, r) => n + r.notifications + r.digests, 0)).toBe(0);
    expect(await db().notification.count()).toBe(before.notifications);
    expect(await db().emailMessage.count()).toBe(before.emails);
  });

  it("sends the digests over SMTP, once", async () => {
    const first = await deliverPending(smtpSender(), new Date());
    expect(first).toEqual({ sent: 3, failed: 0, configured: true });
    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual(["asean@example.org", "officer2@example.org", "officer@example.org"]);
    const olivia = smtp.mails.find((m) => m.to[0] === "officer@example.org")!;
    expect(olivia.raw).toContain("Subject:");
    expect(olivia.raw).toContain("ILO/Singapore Partnership Agreement");
    expect(olivia.raw).toContain("/agreements/");
    expect(await deliverPending(smtpSender(), new Date())).toEqual({ sent: 0, failed: 0, configured: true });
    expect(smtp.mails).toHaveLength(3);
  });

  it("reminds of a new fact the next day, in a new digest, and not before a day has passed", async () => {
    const agreement = await db().agreement.findFirstOrThrow({ where: { reference: "RUP/KOR/2004-01" } });
    await db().agreement.update({ where: { id: agreement.id }, data: { expiresOn: new Date("2027-01-15T00:00:00Z") } });
    const sameDay = await runReminders(ON, new Date(NOW.getTime() + 3_600_000));
    expect(sameDay).toMatchObject({ notifications: 1, digests: 0 }); // in the app at once; by email tomorrow
    const nextDay = await runReminders(new Date("2026-11-30T00:00:00Z"), NEXT_DAY);
    expect(nextDay.digests).toBe(1);
    const digest = await db().emailMessage.findFirstOrThrow({ where: { kind: "digest", status: "PENDING" } });
    expect(digest.to).toBe("officer2@example.org");
    expect(digest.text).toContain("ILO/Korea Partnership Programme");
    expect(digest.text).not.toContain("Lao PDR-Singapore"); // already sent yesterday
  });

  it("retries a failed send with back-off, then gives up and shows it as failed", async () => {
    failing = true;
    let now = NEXT_DAY;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const round = await deliverPending(smtpSender(), now);
      expect(round.failed).toBe(1);
      const message = await db().emailMessage.findFirstOrThrow({ where: { kind: "digest", to: "officer2@example.org", sentAt: null } });
      expect(message.attempts).toBe(attempt);
      expect(message.lastError).toMatch(/Mailbox unavailable/);
      expect(message.status).toBe(attempt < MAX_ATTEMPTS ? "PENDING" : "FAILED");
      // Not retried before its time.
      expect((await deliverPending(smtpSender(), now)).failed).toBe(0);
      now = new Date(message.nextAttemptAt.getTime() + 1000);
    }
    failing = false;
    expect(await deliverPending(smtpSender(), new Date(now.getTime() + 86_400_000))).toMatchObject({ sent: 0, failed: 0 });
  });

  it("leaves mail in the outbox when SMTP is not configured", async () => {
    delete process.env.SMTP_URL;
    expect(smtpSender()).toBeNull();
    expect(await deliverPending(smtpSender(), new Date())).toEqual({ sent: 0, failed: 0, configured: false });
    process.env.SMTP_URL = smtp.url;
  });
});

describe("notifications in the app", () => {
  it("each user reads and marks only their own", async () => {
    const olivia = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer@example.org" } }));
    const omar = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer2@example.org" } }));
    const omarsBefore = await unreadCount(omar);
    const mine = await listNotifications(olivia);
    expect(mine.length).toBeGreaterThan(0);
    expect(await db().notification.count({ where: { id: { in: mine.map((n) => n.id) }, userId: { not: olivia.userId } } })).toBe(0);
    // Olivia names Omar's notifications: nothing happens to them.
    const omars = await listNotifications(omar);
    expect(await markRead(olivia, omars.map((n) => n.id))).toBe(0);
    expect(await unreadCount(omar)).toBe(omarsBefore);
    expect(await markRead(olivia, [mine[0].id])).toBe(1);
    expect(await unreadCount(olivia)).toBe(mine.length - 1);
    await markRead(olivia, "all");
    expect(await unreadCount(olivia)).toBe(0);
    expect(await unreadCount(omar)).toBe(omarsBefore);
  });
});

describe("reminders by office", () => {
  it("without a responsible officer, go to the officers of the record's office, not to the administrators", async () => {
    const bp = await db().agreement.findFirstOrThrow({ where: { reference: "RUP/BP/2011-01" } });
    await db().agreement.update({ where: { id: bp.id }, data: { responsibleOfficerId: null } });
    const omar = await userId("officer2@example.org"); // works in Jakarta, which keeps the BP agreement
    const admins = await db().user.findMany({ where: { role: "ADMIN" }, select: { id: true } });
    await runReminders(new Date("2026-12-01T00:00:00Z"), new Date(NEXT_DAY.getTime() + 48 * 3_600_000));
    const aboutBp = await db().notification.findMany({ where: { kind: "agreement-expiring", key: { startsWith: `agreement-expiring:${bp.id}:` } }, select: { userId: true } });
    expect(aboutBp.map((n) => n.userId)).toContain(omar);
    expect(aboutBp.some((n) => admins.some((a) => a.id === n.userId))).toBe(false);
  });
});
