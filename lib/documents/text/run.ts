// The jobs' part in reading documents: takes the oldest document waiting (SKIP LOCKED, so several
// app instances or `npm run jobs` never read one twice), reads it in its own process, and stores its
// pages and state in one transaction, only if nobody took it again meanwhile. One document at a time
// in each process.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { readInOwnProcess, type Reading } from "./read";

/** A reading older than this was cut short (the app stopped): the document is taken again. */
const ABANDONED_AFTER_MINUTES = 10;

async function claim(): Promise<{ id: string; mediaType: string; claimedAt: Date } | null> {
  const [row] = await db().$queryRaw<{ id: string; mediaType: string; claimedAt: Date }[]>`
    UPDATE "Document" SET "textState" = 'READING', "textStateAt" = now() AT TIME ZONE 'UTC'
    WHERE id = (
      SELECT id FROM "Document"
      WHERE NOT archived AND ("textState" = 'PENDING'
        OR ("textState" = 'READING' AND "textStateAt" < (now() AT TIME ZONE 'UTC') - make_interval(mins => ${ABANDONED_AFTER_MINUTES})))
      ORDER BY "textStateAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, "mediaType", "textStateAt" AS "claimedAt"`;
  return row ?? null;
}

async function store(id: string, claimedAt: Date, reading: Reading) {
  const pages = "pages" in reading ? reading.pages : [];
  const found = pages.map((text, i) => ({ documentId: id, page: i + 1, text })).filter((p) => p.text);
  await db().$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({
      where: { id, textState: "READING", textStateAt: claimedAt },
      data: {
        textState: "problem" in reading ? "FAILED" : found.length ? "FOUND" : "NONE",
        textPages: "pages" in reading ? pages.length : null,
        textProblem: "problem" in reading ? reading.problem : null,
        textStateAt: new Date(),
      },
    });
    if (count === 0) return; // replaced, or taken again after a stop: that reading stores its own
    await tx.documentPage.deleteMany({ where: { documentId: id } });
    if (found.length) await tx.documentPage.createMany({ data: found });
  });
}

/** Reads waiting documents one by one until none is left or `until` has passed; how many were read. */
export async function readWaitingDocuments(until = Date.now() + 4 * 60_000): Promise<number> {
  let read = 0;
  while (Date.now() < until) {
    const document = await claim();
    if (!document) break;
    const content = await db().documentContent.findUnique({ where: { documentId: document.id }, select: { bytes: true } });
    const reading: Reading = content ? await readInOwnProcess(content.bytes, document.mediaType) : { problem: "malformed" };
    await store(document.id, document.claimedAt, reading);
    if ("problem" in reading) log("warn", "document could not be read", { documentId: document.id, problem: reading.problem });
    read++;
  }
  return read;
}

/**
 * This process's reading, on globalThis: Next.js bundles the instrumentation (which starts the
 * scheduler) apart from the routes and actions (which store uploads), each with its own copy of this
 * module, so module variables would not be seen by both.
 */
const reader = ((globalThis as { documentReader?: { running: Promise<number> | null; askedAgain: boolean; readsHere: boolean } }).documentReader ??= {
  running: null,
  askedAgain: false,
  // Set where the jobs run in this process (the app server's scheduler): uploads are read at once.
  readsHere: false,
});

/** The scheduler's: this process reads documents as they come, and now those waiting. */
export function readDocumentsHere() {
  reader.readsHere = true;
  setTimeout(() => void readSoon(), 5_000).unref();
}

/** A document was stored: read it now where this process runs the jobs, else at the next `npm run jobs`. */
export function documentsAdded() {
  if (reader.readsHere) void readSoon();
}

/**
 * Starts reading in the background (an upload asks for it); when this process already is, it looks
 * again once done, so a document uploaded as it found nothing more is not left for the next round.
 */
export function readSoon(): Promise<number> {
  if (reader.running) {
    reader.askedAgain = true;
    return reader.running;
  }
  reader.askedAgain = false;
  reader.running = readWaitingDocuments()
    .catch((error) => {
      log("error", "reading documents failed", { error });
      return 0;
    })
    .finally(() => {
      reader.running = null;
      if (reader.askedAgain) void readSoon();
    });
  return reader.running;
}
