// Calendar feeds (private, revocable, scoped like the pages) and the one-page agreement summary.
import { beforeAll, describe, expect, it } from "vitest";
import { findAgreement } from "@/lib/agreements/queries";
import { agreementSummaryPdf } from "@/lib/agreements/summary-pdf";
import { createFeedToken, feedEvents, revokeFeedToken, viewerForFeedToken } from "@/lib/calendar/feed";
import { calendar } from "@/lib/calendar/ics";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { pdfTextOf } from "../support/pdf-text";

const ON = new Date("2026-11-29T00:00:00Z");
type V = ReturnType<typeof viewerOf>;
let asean: V, officer: V, manager: V;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  const as = async (email: string) => viewerOf(await db().user.findUniqueOrThrow({ where: { email } }));
  [asean, officer, manager] = await Promise.all(["asean@example.org", "officer@example.org", "manager@example.org"].map(as));
}, 120_000);

describe("calendar feeds", () => {
  it("a token stands for its user until revoked or replaced; only its hash is stored", async () => {
    const token = await createFeedToken(officer);
    expect((await viewerForFeedToken(token))?.userId).toBe(officer.userId);
    expect(await db().user.count({ where: { calendarTokenHash: token } })).toBe(0);
    const replacement = await createFeedToken(officer);
    expect(await viewerForFeedToken(token)).toBeNull();
    expect((await viewerForFeedToken(replacement))?.userId).toBe(officer.userId);
    await revokeFeedToken(officer);
    expect(await viewerForFeedToken(replacement)).toBeNull();
    expect(await viewerForFeedToken("../../etc/passwd")).toBeNull();
  });

  it("stops working when the user is deactivated", async () => {
    const token = await createFeedToken(manager);
    await db().user.update({ where: { id: manager.userId }, data: { active: false } });
    expect(await viewerForFeedToken(token)).toBeNull();
    await db().user.update({ where: { id: manager.userId }, data: { active: true } });
  });

  it("holds a partner's own meetings and expiries only; an officer's own; a manager's all", async () => {
    const partnerEvents = await feedEvents(asean, ON);
    expect(partnerEvents.map((e) => e.summary).sort()).toEqual(["ILO/ASEAN yearly review 2026"]); // 2025's is over a year ago; ASEAN's is open-ended
    expect(partnerEvents[0].url).toContain("/portal/meetings/");
    const officerEvents = (await feedEvents(officer, ON)).map((e) => e.summary);
    expect(officerEvents).toContain("Expires: ILO/Singapore Partnership Agreement"); // Olivia's
    expect(officerEvents).not.toContain("Expires: ILO/Korea Partnership Programme"); // Omar's
    const managerEvents = (await feedEvents(manager, ON)).map((e) => e.summary);
    expect(managerEvents).toEqual(expect.arrayContaining(["Expires: ILO/Korea Partnership Programme", "Expires: ILO/Singapore Partnership Agreement", "ILO/ESCAP progress review 2026"]));
  });

  it("speaks its owner's language, which a calendar app cannot ask for", async () => {
    const omar = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer2@example.org" } })); // reads French
    const token = await createFeedToken(omar);
    const events = await feedEvents((await viewerForFeedToken(token))!, ON);
    expect(events.map((e) => e.summary)).toContain("Échéance\u00a0: ILO/Korea Partnership Programme");
    expect(events.find((e) => e.summary.startsWith("Échéance"))?.description).toMatch(/arrive à échéance ce jour\.$/);
    await revokeFeedToken(omar);
  });

  it("writes valid iCalendar: escaped text, all-day dates, folded lines", () => {
    const ics = calendar("Test", [
      { uid: "x@y", date: new Date("2026-12-10T00:00:00Z"), summary: "Review; phase 1, part 2\nnext line", location: "Bangkok", description: "é".repeat(60) },
    ], new Date("2026-11-29T10:00:00Z"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211");
    expect(ics).toContain("SUMMARY:Review\\; phase 1\\, part 2\\nnext line");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain(`DESCRIPTION:${"é".repeat(60)}`);
  });
});

describe("the agreement summary", () => {
  it("is one page with the parties, dates, status, meetings, action items and projects", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
    const pdf = await agreementSummaryPdf((await findAgreement(manager, id))!, { printedOn: ON, compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfTextOf(pdf);
    for (const expected of ["ILO/ASEAN Cooperation Agreement", "Association of Southeast Asian Nations", "Active", "20 Mar 2007", "Open-ended", "ILO/ASEAN yearly review 2025", "Publish a regional OSH labour inspection guide", "OVERDUE"]) {
      expect(text).toContain(expected);
    }
  });

  it("carries the unit's own fields the reader may see, in the reader's language", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
    const staff = pdfTextOf(await agreementSummaryPdf((await findAgreement(manager, id))!, { printedOn: ON, compress: false }));
    for (const expected of ["DWCP outcome", "Regional 3.1 Social protection floors", "Legal review cleared", "2 Oct 2007", "Partner's focal point", "Ms Tran Thi Lan"]) expect(staff).toContain(expected);
    // (A label longer than its column wraps: read the words, not the lines.)
    const french = pdfTextOf(await agreementSummaryPdf((await findAgreement(manager, id))!, { printedOn: ON, locale: "fr", compress: false })).replace(/\s+/g, " ");
    for (const expected of ["Effet du PPTD", "Revue juridique validée", "2 oct. 2007"]) expect(french).toContain(expected);
    // A partner's copy: only the fields partners see.
    const partner = pdfTextOf(await agreementSummaryPdf((await findAgreement(asean, id))!, { printedOn: ON, compress: false }));
    expect(partner).toContain("Ms Tran Thi Lan");
    for (const internal of ["DWCP outcome", "Regional 3.1", "Legal review cleared"]) expect(partner).not.toContain(internal);
  });

  it("leaves room for the parties and meetings when the unit has many fields, counting those it leaves out", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
    const agreement = (await findAgreement(manager, id))!;
    const fields = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, key: `k${i}`, label: `Field ${i}`, labels: {}, help: null, type: "TEXT" as const, options: [], required: false, partnersSee: false, archived: false }));
    const pdf = await agreementSummaryPdf({ ...agreement, customFields: fields, customValues: Object.fromEntries(fields.map((f, i) => [f.key, `Value ${i}`])) }, { printedOn: ON, compress: false });
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfTextOf(pdf);
    expect(text).toContain("Field 11");
    expect(text).not.toContain("Field 12");
    expect(text).toContain("and 18 more");
    for (const expected of ["Parties", "Association of Southeast Asian Nations", "Meetings", "ILO/ASEAN yearly review 2025"]) expect(text).toContain(expected);
  });

  it("lists the agreement's amendments", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/LAO-SGP/2011-01" } })).id;
    const text = pdfTextOf(await agreementSummaryPdf((await findAgreement(manager, id))!, { printedOn: ON, compress: false }));
    expect(text).toContain("Amendments");
    expect(text).toContain("1. No-cost extension, signed 15 Dec 2025");
  });

  it("is written in the reader's language, Arabic right to left", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
    const agreement = (await findAgreement(manager, id))!;
    const french = pdfTextOf(await agreementSummaryPdf(agreement, { printedOn: ON, locale: "fr", compress: false }));
    for (const expected of ["Résumé de l'accord", "L'essentiel", "Durée indéterminée", "20 mars 2007", "En vigueur", "Actions convenues", "EN RETARD"]) expect(french).toContain(expected);
    const spanish = pdfTextOf(await agreementSummaryPdf(agreement, { printedOn: ON, locale: "es", compress: false }));
    expect(spanish).toContain("Datos clave");
    // Arabic runs are drawn right to left (read back glyph by glyph, they come out reversed); an
    // English title keeps its order; a line's parts follow one another from the right.
    const arabic = pdfTextOf(await agreementSummaryPdf(agreement, { printedOn: ON, locale: "ar", compress: false }));
    const drawn = (text: string) => [...text].reverse().join("");
    expect(arabic).toContain(drawn("الحقائق الرئيسية"));
    expect(arabic).toContain("ILO/ASEAN Cooperation Agreement");
    expect(arabic).toMatch(new RegExp(`^${drawn("متأخر")} · .* · ILO · Publish a regional OSH labour inspection guide$`, "m"));
  });

  it("shows a partner only what the partner may see", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
    const text = pdfTextOf(await agreementSummaryPdf((await findAgreement(asean, id))!, { printedOn: ON, compress: false }));
    expect(text).toContain("Share ASEAN labour statistics");
    expect(text).not.toContain("Publish a regional OSH labour inspection guide"); // the ILO's item
    const other = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/ADB/2002-01" } })).id;
    expect(await findAgreement(asean, other)).toBeNull();
  });

  it("stays on one page when the lists are long, saying what it left out", async () => {
    const id = (await db().agreement.findFirstOrThrow({ where: { reference: "RUP/JPN/1974-01" } })).id;
    const meeting = await db().meeting.findFirstOrThrow({ where: { agreementId: id } });
    await db().actionItem.createMany({ data: Array.from({ length: 80 }, (_, i) => ({ meetingId: meeting.id, description: `Activity ${i} in Việt Nam`, status: "OPEN" as const })) });
    const pdf = await agreementSummaryPdf((await findAgreement(manager, id))!, { printedOn: ON, compress: false });
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfTextOf(pdf);
    expect(text).toMatch(/and \d+ more/);
    expect(text).toContain("Activity 0 in Việt Nam"); // letters beyond Windows-1252 keep their accents
  });
});
