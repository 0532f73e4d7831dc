// Words inside documents (issue 30): each kind of file read in its own process (OCR of scans and
// images included), the states a document shows, the search by words in any order, phrases and
// accents, archive, the partners' scope, a reading cut short taken again, and hostile files ending
// as "could not be read" with their reason.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replaceDocumentFile, setDocumentArchived, uploadDocument } from "@/lib/documents/mutations";
import { documentsOf } from "@/lib/documents/queries";
import { pdfBytes, scannedPage, slidesFile, textPdf, wordFile, workbookFile } from "@/lib/documents/samples";
import { readWaitingDocuments } from "@/lib/documents/text/run";
import { viewerOfUser } from "@/lib/offices/reach";
import type { Viewer } from "@/lib/policy";
import { searchDocuments } from "@/lib/search/documents";
import { searchEverything } from "@/lib/search/everything";
import { EXCHANGE_SENTENCE } from "@/prisma/seed/demo-documents";
import { seedDemoData } from "@/prisma/seed/seed";
import { zipSync } from "fflate";

let officer: Viewer, adb: Viewer, asean: Viewer, japan: Viewer;
const as = async (email: string) => viewerOfUser(await db().user.findUniqueOrThrow({ where: { email } }), "document-text-test");
let adbAgreement: string;

const found = async (viewer: Viewer, query: string) => (await searchDocuments(viewer, query, 20, 1000)).rows;
const names = async (viewer: Viewer, query: string) => (await found(viewer, query)).map((d) => d.filename).sort();

async function upload(name: string, bytes: Uint8Array, shared = false) {
  const result = await uploadDocument(officer, { agreementId: adbAgreement }, { name, bytes }, shared);
  if (!result.ok) throw new Error(`upload refused: ${JSON.stringify(result)}`);
  return result.id;
}

const state = (id: string) => db().document.findUniqueOrThrow({ where: { id }, select: { textState: true, textPages: true, textProblem: true } });

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  [officer, adb, asean, japan] = (await Promise.all(["officer@example.org", "adb@example.org", "asean@example.org", "japan@example.org"].map(as))) as Viewer[];
  adbAgreement = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ADB/2002-01" } })).id;
  // The demo's three documents wait to be read, as after an upgrade; the jobs read each once.
  expect(await db().document.count({ where: { textState: "PENDING" } })).toBe(3);
  expect(await readWaitingDocuments()).toBe(3);
  expect(await readWaitingDocuments()).toBe(0);
}, 180_000);

describe("the demo's documents", () => {
  it("reads the signed MOU's text layer, the minutes' Word text and the scanned letter by OCR", async () => {
    const documents = await db().document.findMany({ select: { filename: true, textState: true, textPages: true }, orderBy: { filename: "asc" } });
    expect(documents).toEqual([
      { filename: "BP letter Teluk Bintuni training centre (scan).pdf", textState: "FOUND", textPages: 1 },
      { filename: "ILO-ADB MOU signed.pdf", textState: "FOUND", textPages: 2 },
      { filename: "ILO-ASEAN review 2025 minutes.docx", textState: "FOUND", textPages: 2 },
    ]);
  });

  it("finds the MOU by its sentence, on its page, with the words marked", async () => {
    const [mou, ...others] = await found(officer, EXCHANGE_SENTENCE);
    expect(others).toEqual([]);
    expect(mou).toMatchObject({ filename: "ILO-ADB MOU signed.pdf", pages: [1], record: { kind: "agreement", title: "ILO/ADB Memorandum of Understanding" } });
    expect(mou.passage).toContain("\u0001exchange\u0002");
  });

  it("finds words only OCR could read, and the minutes' OSH guide on page 2", async () => {
    expect(await names(officer, "teluk bintuni welding")).toEqual(["BP letter Teluk Bintuni training centre (scan).pdf"]);
    const [minutes] = await found(officer, '"OSH guide"');
    expect(minutes).toMatchObject({ filename: "ILO-ASEAN review 2025 minutes.docx", pages: [2], record: { kind: "meeting" } });
  });

  it("joins the header's search, counted with the other kinds", async () => {
    const result = await searchEverything(officer, "Bintuni");
    expect(result?.documents).toMatchObject({ total: 1, more: false });
    expect(result?.documents.rows[0].filename).toContain("Teluk Bintuni");
  });
});

describe("searching", () => {
  it("takes every word in any order, the last one's beginning, any case, accents and punctuation", async () => {
    expect(await names(officer, "YEAR information Exchange")).toEqual(["ILO-ADB MOU signed.pdf"]);
    // The last word typed may be a word's beginning; the others are whole words.
    expect(await names(officer, "exchange inform")).toEqual(["ILO-ADB MOU signed.pdf"]);
    expect(await names(officer, "inform exchange")).toEqual([]);
    expect(await names(officer, "exchange, labour-market!")).toEqual(["ILO-ADB MOU signed.pdf"]);
    expect(await names(officer, "exchange giraffe")).toEqual([]);
    const id = await upload("note.txt", new TextEncoder().encode("Coopération Sud-Sud avec le Brésil : réunion à São Paulo."));
    await readWaitingDocuments();
    expect(await names(officer, "cooperation bresil sao")).toEqual(["note.txt"]);
    expect(await names(officer, "COOPÉRATION BRÉSIL")).toEqual(["note.txt"]);
    await setDocumentArchived(officer, id, 1, true);
  });

  it("wants a quoted phrase's words together and in order", async () => {
    expect(await names(officer, '"labour market information"')).toEqual(["ILO-ADB MOU signed.pdf"]);
    expect(await names(officer, '"information market labour"')).toEqual([]);
    expect(await names(officer, '"exchange labour" parties')).toEqual(["ILO-ADB MOU signed.pdf"]);
    // A query of punctuation alone, or an unclosed quote, finds nothing and breaks nothing.
    expect(await found(officer, '"" !!! ')).toEqual([]);
    expect(await names(officer, '"labour market')).toEqual(["ILO-ADB MOU signed.pdf"]);
    expect(await found(officer, "'; DROP TABLE \"Document\"; --")).toEqual([]);
  });

  it("takes an archived document's words out of search, and reads it again once restored", async () => {
    const mou = await db().document.findFirstOrThrow({ where: { filename: "ILO-ADB MOU signed.pdf" } });
    expect((await setDocumentArchived(officer, mou.id, mou.version, true)).ok).toBe(true);
    expect(await names(officer, "exchange labour")).toEqual([]);
    expect(await db().documentPage.count({ where: { documentId: mou.id } })).toBe(0);
    // Archived, it is not read, however long it waits.
    expect(await readWaitingDocuments()).toBe(0);
    expect((await setDocumentArchived(officer, mou.id, mou.version + 1, false)).ok).toBe(true);
    expect(await state(mou.id)).toMatchObject({ textState: "PENDING" });
    await readWaitingDocuments();
    expect(await state(mou.id)).toMatchObject({ textState: "FOUND", textPages: 2 });
    expect(await names(officer, "exchange labour")).toEqual(["ILO-ADB MOU signed.pdf"]);
  });

  it("gives partners only the documents they may open", async () => {
    expect(await names(adb, "exchange labour")).toEqual(["ILO-ADB MOU signed.pdf"]);
    expect(await names(japan, "exchange labour")).toEqual([]);
    expect(await names(asean, '"OSH guide"')).toEqual(["ILO-ASEAN review 2025 minutes.docx"]);
    expect(await names(adb, '"OSH guide"')).toEqual([]);
    // Not shared: the ADB partner does not find it, staff do.
    await upload("internal note.txt", new TextEncoder().encode("Negotiating margin for the ADB renewal: confidential."));
    await readWaitingDocuments();
    expect(await names(adb, "negotiating margin")).toEqual([]);
    expect(await names(officer, "negotiating margin")).toEqual(["internal note.txt"]);
    expect(await searchEverything(adb, "negotiating")).toBeNull();
  });
});

describe("replacing a file", () => {
  it("reads the new file again, its old words leave search, and a stale or foreign hand is refused", async () => {
    const id = await upload("draft letter.txt", new TextEncoder().encode("Draft: the contribution for 2027 is to be confirmed."));
    await readWaitingDocuments();
    expect(await names(officer, "confirmed contribution")).toEqual(["draft letter.txt"]);
    const replaced = await replaceDocumentFile(officer, id, 1, { name: "signed letter.pdf", bytes: await textPdf([["We agree the 2027 contribution of USD 400,000."]]) });
    expect(replaced.ok).toBe(true);
    expect(await state(id)).toEqual({ textState: "PENDING", textPages: null, textProblem: null });
    expect(await names(officer, "confirmed contribution")).toEqual([]);
    await readWaitingDocuments();
    expect(await names(officer, "2027 contribution 400")).toEqual(["signed letter.pdf"]);
    const stored = await db().document.findUniqueOrThrow({ where: { id }, select: { filename: true, mediaType: true, version: true } });
    expect(stored).toEqual({ filename: "signed letter.pdf", mediaType: "application/pdf", version: 2 });
    expect(await db().auditEvent.count({ where: { entityType: "Document", entityId: id, action: "update" } })).toBe(1);
    // Read at version 1, sent after the replacement: refused, nothing changed.
    const stale = await replaceDocumentFile(officer, id, 1, { name: "other.txt", bytes: new TextEncoder().encode("Overwrite") });
    expect(stale.ok).toBe(false);
    expect((await replaceDocumentFile(adb, id, 2, { name: "x.txt", bytes: new TextEncoder().encode("x") })).ok).toBe(false);
    const manager = await as("manager@example.org");
    expect((await replaceDocumentFile(manager, id, 2, { name: "x.txt", bytes: new TextEncoder().encode("x") })).ok).toBe(false);
    expect(await db().document.findUniqueOrThrow({ where: { id }, select: { filename: true, version: true } })).toEqual({ filename: "signed letter.pdf", version: 2 });
  });
});

describe("every kind of file", () => {
  it("reads Word, Excel, PowerPoint, text, CSV, a PNG by OCR, and a PDF page by page", async () => {
    const ids = {
      docx: await upload("plan.docx", wordFile([["Workplan for inspection training"], ["Second page: labour inspectors in Viet Nam"]])),
      xlsx: await upload("budget.xlsx", workbookFile([[["Item", "Amount"], ["Inspector training", 25000]], [["Travel to Hanoi", 4000]]])),
      pptx: await upload("slides.pptx", slidesFile([["Kick-off"], ["Occupational safety dashboards"]])),
      txt: await upload("notes.txt", new TextEncoder().encode("Follow-up on the green jobs assessment.")),
      csv: await upload("list.csv", new TextEncoder().encode("name,city\nRahman,Jakarta\nSantos,Manila\n")),
      png: await upload("photo.png", await scannedPage(["Certificate of completion", "Apprenticeship programme"])),
      pdf: await upload("report.pdf", await textPdf([["First page"], ["Second page about skills"], ["Third page on wage statistics"]])),
    };
    await readWaitingDocuments();
    expect(await state(ids.docx)).toMatchObject({ textState: "FOUND", textPages: 2 });
    expect(await state(ids.xlsx)).toMatchObject({ textState: "FOUND", textPages: 2 });
    expect(await state(ids.pptx)).toMatchObject({ textState: "FOUND", textPages: 2 });
    expect(await state(ids.pdf)).toMatchObject({ textState: "FOUND", textPages: 3 });
    expect((await found(officer, "inspectors viet"))[0]).toMatchObject({ filename: "plan.docx", pages: [2] });
    expect((await found(officer, "travel hanoi"))[0]).toMatchObject({ filename: "budget.xlsx", pages: [2] });
    expect((await found(officer, "25000 inspector"))[0]).toMatchObject({ filename: "budget.xlsx", pages: [1] });
    expect((await found(officer, "occupational dashboards"))[0]).toMatchObject({ filename: "slides.pptx", pages: [2] });
    expect(await names(officer, "green jobs assessment")).toEqual(["notes.txt"]);
    expect(await names(officer, "santos manila")).toEqual(["list.csv"]);
    expect(await names(officer, "apprenticeship certificate")).toEqual(["photo.png"]);
    expect((await found(officer, "wage statistics"))[0]).toMatchObject({ filename: "report.pdf", pages: [3] });
  }, 120_000);

  it("says a document without words has no text", async () => {
    const id = await upload("blank.pdf", await textPdf([[""]]));
    await readWaitingDocuments();
    expect(await state(id)).toMatchObject({ textState: "NONE", textPages: 1 });
    const listed = (await documentsOf(officer, { agreementId: adbAgreement })).find((d) => d.id === id);
    expect(listed).toMatchObject({ textState: "NONE" });
  });
});

/** A Word file whose directory says its text is 1 KB, while it unpacks to 300 MB. */
function zipBomb(): Uint8Array {
  const bytes = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": new Uint8Array(300 * 1024 * 1024).fill(32) }, { level: 9 });
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 1024, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 1024, true);
  }
  return bytes;
}

/** A PNG whose header says 20,000 × 20,000 pixels. */
function hugePng(): Uint8Array {
  const png = Buffer.alloc(45);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  png.writeUInt32BE(20_000, 16);
  png.writeUInt32BE(20_000, 20);
  png.set([8, 0, 0, 0, 0], 24);
  return png;
}

describe("hostile files", () => {
  it("ends each as could not be read, with its reason, and the app's process unharmed", async () => {
    const ids = {
      encrypted: await upload("locked.pdf", await pdfBytes({ userPassword: "secret" }, (d) => d.text("hidden words"))),
      tooManyPages: await upload("long.pdf", await pdfBytes({}, (d) => Array.from({ length: 1999 }, () => d.addPage()))),
      archiveTooLarge: await upload("bomb.docx", zipBomb()),
      malformed: await upload("broken.pdf", new TextEncoder().encode("%PDF-1.7\nthis is no PDF at all")),
      imageTooLarge: await upload("huge.png", hugePng()),
    };
    const heapBefore = process.memoryUsage().heapUsed;
    await readWaitingDocuments();
    for (const [problem, id] of Object.entries(ids)) expect(await state(id), problem).toEqual({ textState: "FAILED", textPages: null, textProblem: problem });
    // The reading happened in other processes: this one did not grow by the bomb's 300 MB.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(await found(officer, "hidden words")).toEqual([]);
  }, 180_000);
});

describe("the jobs", () => {
  it("take again a reading cut short long ago, not one under way", async () => {
    const stale = await upload("stale.txt", new TextEncoder().encode("Abandoned reading resumed."));
    const current = await upload("current.txt", new TextEncoder().encode("Being read elsewhere."));
    await db().document.update({ where: { id: stale }, data: { textState: "READING", textStateAt: new Date(Date.now() - 20 * 60_000) } });
    await db().document.update({ where: { id: current }, data: { textState: "READING", textStateAt: new Date() } });
    expect(await readWaitingDocuments()).toBe(1);
    expect(await state(stale)).toMatchObject({ textState: "FOUND" });
    expect(await state(current)).toMatchObject({ textState: "READING" });
  });

  it("read each waiting document once when two run at the same time", async () => {
    for (let i = 0; i < 4; i++) await upload(`parallel-${i}.txt`, new TextEncoder().encode(`Parallel reading number ${i}.`));
    const [a, b] = await Promise.all([readWaitingDocuments(), readWaitingDocuments()]);
    expect(a + b).toBe(4);
    expect(await names(officer, "parallel reading")).toHaveLength(4);
  });
});
