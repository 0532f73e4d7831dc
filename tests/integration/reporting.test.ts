// Results and partner reporting against the demo portfolio: due dates generated from a
// requirement, the report's journey (submit, return, resubmit, accept) with what each step writes,
// who may take each step, the on-track rule as the dashboard counts it, and partners' progress on
// their action items.
import { beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "@/lib/reminders/run";
import { db } from "@/lib/db";
import { setActionItemProgress } from "@/lib/meetings/feedback";
import { createRequirement, decideReport, submitReport } from "@/lib/reporting/mutations";
import { findReport, reportsForPartner } from "@/lib/reporting/queries";
import { createIndicator, createResult, setIndicatorPeriod } from "@/lib/results/mutations";
import { indicatorStandings, resultsOf } from "@/lib/results/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

type V = ReturnType<typeof viewerOf>;
let asean: V, adb: V, japan: V, officer: V, manager: V, admin: V;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const projectId = async (code: string) => (await db().project.findUniqueOrThrow({ where: { code } })).id;
const report = (code: string, kind: "PROGRESS" | "FINANCIAL", dueOn: string) =>
  db().partnerReport.findFirstOrThrow({ where: { project: { code }, kind, dueOn: d(dueOn) } });
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  const as = async (email: string) => viewerOf(await db().user.findUniqueOrThrow({ where: { email } }));
  [asean, adb, japan, officer, manager, admin] = await Promise.all(
    ["asean@example.org", "adb@example.org", "japan@example.org", "officer@example.org", "manager@example.org", "admin@example.org"].map(as),
  );
}, 120_000);

describe("reporting requirements", () => {
  it("generates the due reports from the requirement, in one transaction with its audit event", async () => {
    const id = await projectId("VNM/09/01/IFC"); // ends 2027-12-31
    const vietnam = (await db().organisation.findFirstOrThrow({ where: { projectRoles: { some: { projectId: id, role: "BENEFICIARY" } } } })).id;
    const result = await createRequirement(officer, id, { organisationId: vietnam, kind: "PROGRESS", everyMonths: "6", firstDueOn: "2026-06-30", lastDueOn: "" });
    expect(result).toMatchObject({ ok: true, id });
    const reports = await db().partnerReport.findMany({ where: { projectId: id }, orderBy: { dueOn: "asc" } });
    expect(reports.map((r) => r.dueOn.toISOString().slice(0, 10))).toEqual(["2026-06-30", "2026-12-31", "2027-06-30", "2027-12-31"]);
    expect(reports.every((r) => r.state === "DUE" && r.organisationId === vietnam)).toBe(true);
    expect(reports[1].periodStart.toISOString().slice(0, 10)).toBe("2026-07-01");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "ReportingRequirement" }, orderBy: { id: "desc" } });
    expect((event.changes as Record<string, unknown[]>).dueDates[1]).toHaveLength(4);
  });

  it("refuses a partner of another project, a series without an end, too many reports, and managers", async () => {
    const id = await projectId("RAS/15/01/KOR");
    const adbOrg = adb.organisationId!;
    const before = await db().partnerReport.count();
    expect(inEnglish(await createRequirement(officer, id, { organisationId: adbOrg, kind: "PROGRESS", everyMonths: "6", firstDueOn: "2027-06-30", lastDueOn: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: expect.stringMatching(/partner of this project/) },
    });
    const korea = (await db().organisation.findFirstOrThrow({ where: { projectRoles: { some: { projectId: id, role: "FUNDING" } } } })).id;
    expect(inEnglish(await createRequirement(officer, id, { organisationId: korea, kind: "PROGRESS", everyMonths: "1", firstDueOn: "2027-01-31", lastDueOn: "2035-12-31" }))).toMatchObject({
      ok: false,
      fieldErrors: { everyMonths: expect.stringMatching(/more than 60/) },
    });
    expect(inEnglish(await createRequirement(officer, id, { organisationId: korea, kind: "FINAL", everyMonths: "", firstDueOn: "2029-13-01", lastDueOn: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { firstDueOn: expect.any(String) },
    });
    expect(inEnglish(await createRequirement(manager, id, { organisationId: korea, kind: "FINAL", everyMonths: "", firstDueOn: "2029-03-31", lastDueOn: "" }))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await createRequirement(asean, id, { organisationId: korea, kind: "FINAL", everyMonths: "", firstDueOn: "2029-03-31", lastDueOn: "" }))).toMatchObject({ ok: false, denied: true });
    expect(await db().partnerReport.count()).toBe(before);
  });
});

describe("a report's journey", () => {
  const values = (over: Record<string, unknown> = {}) => ({
    kind: "PROGRESS" as const,
    narrative: "128 inspectors trained; the fourth province started inspections.",
    health: "ON_TRACK" as const,
    progressPercent: "88",
    actuals: [] as { indicatorId: string; value: string; comment: string }[],
    ...over,
  });

  it("partner submits with actuals and a file; officer returns; partner resubmits; officer accepts and it becomes the record", async () => {
    const due = await report("RAS/13/02/SGP", "PROGRESS", "2026-12-31");
    const trained = await db().indicator.findFirstOrThrow({ where: { title: "Labour inspectors trained" } });
    const accidents = await db().indicator.findFirstOrThrow({ where: { title: { startsWith: "Reported serious accidents" } } });
    const actuals = [
      { indicatorId: trained.id, value: "128", comment: "" },
      { indicatorId: accidents.id, value: "4.9", comment: "Provisional" },
    ];

    // A bad file refuses the whole submission: nothing is written.
    const exe = { name: "report.pdf", bytes: new TextEncoder().encode("MZ\x90\x00 a Windows program") };
    expect(inEnglish(await submitReport(asean, due.id, due.version, values({ actuals }), [exe]))).toMatchObject({ ok: false, fieldErrors: { attachments: expect.stringMatching(/whatever its name says/) } });
    expect((await db().partnerReport.findUniqueOrThrow({ where: { id: due.id } })).state).toBe("DUE");
    expect(await db().reportActual.count({ where: { reportId: due.id } })).toBe(0);

    // Health is required for a progress report.
    expect(inEnglish(await submitReport(asean, due.id, due.version, values({ health: "" })))).toMatchObject({ ok: false, fieldErrors: { health: expect.any(String) } });

    expect(await submitReport(asean, due.id, due.version, values({ actuals }), [{ name: "progress.pdf", bytes: PDF }])).toMatchObject({ ok: true });
    const submitted = await db().partnerReport.findUniqueOrThrow({ where: { id: due.id }, include: { actuals: true, documents: true } });
    expect(submitted).toMatchObject({ state: "SUBMITTED", progressPercent: 88, submittedById: asean.userId });
    expect(submitted.actuals).toHaveLength(2);
    expect(submitted.documents).toMatchObject([{ filename: "progress.pdf", sharedWithPartners: false, projectId: submitted.projectId }]);
    // The responsible officer is told.
    const project = await db().project.findUniqueOrThrow({ where: { id: submitted.projectId } });
    expect(await db().notification.count({ where: { userId: project.responsibleOfficerId!, kind: "report", href: `/reports/${due.id}` } })).toBe(1);

    // A second submission at the old version is a conflict, not an overwrite.
    expect(inEnglish(await submitReport(asean, due.id, due.version, values()))).toMatchObject({ ok: false });

    // Returning needs a comment; only officers decide.
    expect(inEnglish(await decideReport(officer, due.id, submitted.version, "return", "  "))).toMatchObject({ ok: false, fieldErrors: { comment: expect.any(String) } });
    expect(inEnglish(await decideReport(manager, due.id, submitted.version, "accept", ""))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await decideReport(asean, due.id, submitted.version, "accept", ""))).toMatchObject({ ok: false, denied: true });
    expect(await decideReport(officer, due.id, submitted.version, "return", "Give the accident figure by province.")).toMatchObject({ ok: true });
    const returned = await db().partnerReport.findUniqueOrThrow({ where: { id: due.id } });
    expect(returned).toMatchObject({ state: "RETURNED", decisionComment: "Give the accident figure by province." });
    expect(await db().notification.count({ where: { userId: asean.userId, kind: "report", href: `/portal/reports/${due.id}` } })).toBe(1);
    expect(await db().statusReport.count({ where: { projectId: returned.projectId, summary: values().narrative } })).toBe(0);

    // Accepting a returned report is refused: it must come back first.
    expect(inEnglish(await decideReport(officer, due.id, returned.version, "accept", ""))).toMatchObject({ ok: false, message: expect.stringMatching(/returned/i) });

    const resubmitted = [{ ...actuals[0] }, { indicatorId: accidents.id, value: "4.8", comment: "Vientiane 5.1, Savannakhet 4.4" }];
    expect(await submitReport(asean, due.id, returned.version, values({ actuals: resubmitted }))).toMatchObject({ ok: true });
    const again = await db().partnerReport.findUniqueOrThrow({ where: { id: due.id } });
    expect(await decideReport(officer, due.id, again.version, "accept", "Thank you.")).toMatchObject({ ok: true });

    const accepted = await db().partnerReport.findUniqueOrThrow({ where: { id: due.id }, include: { statusReport: true } });
    expect(accepted.state).toBe("ACCEPTED");
    expect(accepted.statusReport).toMatchObject({ health: "ON_TRACK", progressPercent: 88, summary: values().narrative, authorId: asean.userId });
    const period = await db().indicatorPeriod.findUniqueOrThrow({ where: { indicatorId_periodEnd: { indicatorId: accidents.id, periodEnd: d("2026-12-31") } } });
    expect(period).toMatchObject({ reportId: due.id, comment: "Vientiane 5.1, Savannakhet 4.4" });
    expect(period.actual!.toString()).toBe("4.8");
    expect(period.target!.toString()).toBe("4.8"); // the officer's target is kept
    // The project page shows the new figures, and the indicator is judged on them.
    const results = await resultsOf(officer, accepted.projectId);
    const judged = results.flatMap((r) => r.indicators).find((i) => i.id === trained.id)!;
    expect(judged.periods.at(-1)!.actual!.toString()).toBe("128");
    expect(judged.standing).toBe("behind"); // 128 of 150 from 0 is 85%
    const history = await db().auditEvent.findMany({ where: { entityType: "PartnerReport", entityId: due.id }, orderBy: { id: "asc" } });
    expect(history.map((e) => (e.changes as { state: string[] }).state[1])).toEqual(["Submitted, waiting for review", "Returned for changes", "Submitted, waiting for review", "Accepted"]);
  });

  it("a partner cannot read or submit another organisation's report, nor one of a project it is not party to", async () => {
    const aseanReport = await report("RAS/12/03/JPN", "FINANCIAL", "2026-03-31");
    // Japan is a party to the project's agreement, but the report is ASEAN's.
    expect(await findReport(japan, aseanReport.id)).toBeNull();
    expect(inEnglish(await submitReport(japan, aseanReport.id, aseanReport.version, { kind: "FINANCIAL", narrative: "x", health: "", progressPercent: "", actuals: [] }))).toMatchObject({ ok: false, denied: true });
    expect(await findReport(adb, aseanReport.id)).toBeNull();
    expect(inEnglish(await submitReport(adb, aseanReport.id, aseanReport.version, { kind: "FINANCIAL", narrative: "x", health: "", progressPercent: "", actuals: [] }))).toMatchObject({ ok: false, denied: true });
    expect((await db().partnerReport.findUniqueOrThrow({ where: { id: aseanReport.id } })).state).toBe("DUE");
    expect(await findReport(asean, aseanReport.id)).toMatchObject({ id: aseanReport.id });
    expect((await reportsForPartner(adb)).length).toBe(0);
    expect((await reportsForPartner(asean)).map((r) => r.organisation.id).every((id) => id === asean.organisationId)).toBe(true);
  });

  it("the demo has a report waiting, one returned and one overdue", async () => {
    expect((await report("RAS/12/03/JPN", "PROGRESS", "2026-06-30")).state).toBe("SUBMITTED");
    expect((await report("RAS/13/02/SGP", "FINANCIAL", "2026-12-15")).state).toBe("RETURNED");
    const overdue = await report("RAS/12/03/JPN", "FINANCIAL", "2026-03-31");
    expect(overdue.state).toBe("DUE");
  });

  it("refuses attachments that together pass the upload limit, naming it; a disguised file is kept under its real type, and the partner is told", async () => {
    const overdue = await report("RAS/12/03/JPN", "FINANCIAL", "2026-03-31");
    const half = (name: string) => ({ name, bytes: new Uint8Array(11 * 1024 * 1024).fill(0x20).map((b, i) => (i < PDF.length ? PDF[i] : b)) });
    const values = { kind: "FINANCIAL" as const, narrative: "Spent as planned.", health: "" as const, progressPercent: "", actuals: [] };
    const before = await db().document.count();
    expect(inEnglish(await submitReport(asean, overdue.id, overdue.version, values, [half("ledger.pdf"), half("receipts.pdf")]))).toMatchObject({
      ok: false,
      fieldErrors: { attachments: "The files come to 22.0 MB; the limit is 20 MB. Nothing was stored." },
    });
    expect(await db().document.count()).toBe(before);
    expect((await db().partnerReport.findUniqueOrThrow({ where: { id: overdue.id } })).state).toBe("DUE");

    const page = { name: "statement.pdf", bytes: new TextEncoder().encode("<p>Spent as planned</p>") };
    const submitted = await submitReport(asean, overdue.id, overdue.version, values, [page]);
    expect(submitted).toMatchObject({ ok: true, renamed: ["“statement.pdf” was stored as “statement.txt”: its content is text, whatever the name “statement.pdf” says."] });
    expect(await db().document.findFirst({ where: { reportId: overdue.id } })).toMatchObject({ filename: "statement.txt", mediaType: "text/plain" });
  });
});

describe("a report whose period is not one of the indicator's periods", () => {
  it("shows the partner the target of the period its actual goes to, and accepting it fills that period, adding none that overlaps", async () => {
    const id = await projectId("RAS/12/03/JPN");
    expect(await createResult(officer, id, { resultType: "OUTPUT", resultTitle: "Unemployment insurance designs", resultDescription: "" })).toMatchObject({ ok: true });
    const result = await db().result.findFirstOrThrow({ where: { projectId: id, title: "Unemployment insurance designs" } });
    expect(await createIndicator(officer, { resultId: result.id, indicatorTitle: "Designs delivered", measure: "UNIT", direction: "ascending", baselineYear: "2025", baselineValue: "0" })).toMatchObject({ ok: true });
    const indicator = await db().indicator.findFirstOrThrow({ where: { resultId: result.id } });
    // Targets per financial year (April to March); the partner reports per calendar half-year.
    for (const [periodStart, periodEnd, target] of [["2025-04-01", "2026-03-31", "2"], ["2026-04-01", "2027-03-31", "5"]]) {
      expect(await setIndicatorPeriod(officer, { indicatorId: indicator.id, periodStart, periodEnd, target, actual: "", periodComment: "" })).toMatchObject({ ok: true });
    }
    const half = await db().partnerReport.findFirstOrThrow({ where: { projectId: id, organisationId: asean.organisationId!, kind: "PROGRESS", periodStart: d("2026-07-01"), periodEnd: d("2026-12-31") } });
    expect(["DUE", "RETURNED"]).toContain(half.state);
    const shown = (await findReport(asean, half.id))!.indicators.find((i) => i.id === indicator.id)!;
    expect(shown).toMatchObject({ target: "5", period: { periodStart: d("2026-04-01"), periodEnd: d("2027-03-31") } });

    const values = { kind: "PROGRESS" as const, narrative: "Two designs delivered.", health: "ON_TRACK" as const, progressPercent: "50", actuals: [{ indicatorId: indicator.id, value: "2", comment: "" }] };
    expect(await submitReport(asean, half.id, half.version, values)).toMatchObject({ ok: true });
    const submitted = await db().partnerReport.findUniqueOrThrow({ where: { id: half.id } });
    expect(await decideReport(officer, half.id, submitted.version, "accept", "")).toMatchObject({ ok: true });
    const periods = await db().indicatorPeriod.findMany({ where: { indicatorId: indicator.id }, orderBy: { periodEnd: "asc" } });
    expect(periods.map((p) => [p.periodStart.toISOString().slice(0, 10), p.periodEnd.toISOString().slice(0, 10), p.target?.toString(), p.actual?.toString() ?? null])).toEqual([
      ["2025-04-01", "2026-03-31", "2", null],
      ["2026-04-01", "2027-03-31", "5", "2"],
    ]);
  });
});

describe("the results framework", () => {
  it("officers build it; managers and partners cannot; a period's values are replaced, not duplicated", async () => {
    const id = await projectId("IDN/11/01/IFC");
    expect(inEnglish(await createResult(manager, id, { resultType: "OUTCOME", resultTitle: "x", resultDescription: "" }))).toMatchObject({ ok: false, denied: true });
    expect(await createResult(officer, id, { resultType: "OUTCOME", resultTitle: "Factories comply with core labour standards", resultDescription: "" })).toMatchObject({ ok: true });
    const result = await db().result.findFirstOrThrow({ where: { projectId: id } });
    expect(inEnglish(await createIndicator(officer, { resultId: result.id, indicatorTitle: "Compliance rate", measure: "QUALITATIVE", direction: "ascending", baselineYear: "2020", baselineValue: "3" }))).toMatchObject({
      ok: false,
      fieldErrors: { baselineValue: expect.any(String) },
    });
    expect(await createIndicator(admin, { resultId: result.id, indicatorTitle: "Compliance rate", measure: "PERCENTAGE", direction: "ascending", baselineYear: "2020", baselineValue: "40" })).toMatchObject({ ok: true });
    const indicator = await db().indicator.findFirstOrThrow({ where: { resultId: result.id } });
    const period = { indicatorId: indicator.id, periodStart: "2026-01-01", periodEnd: "2026-12-31", target: "60", actual: "", periodComment: "" };
    expect(await setIndicatorPeriod(officer, period)).toMatchObject({ ok: true });
    expect(await setIndicatorPeriod(officer, { ...period, actual: "58" })).toMatchObject({ ok: true });
    expect(inEnglish(await setIndicatorPeriod(officer, { ...period, periodEnd: "2025-12-31" }))).toMatchObject({ ok: false, fieldErrors: { periodEnd: expect.any(String) } });
    expect(inEnglish(await setIndicatorPeriod(asean, { ...period, actual: "99" }))).toMatchObject({ ok: false, denied: true });
    const rows = await db().indicatorPeriod.findMany({ where: { indicatorId: indicator.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].actual!.toString()).toBe("58");
    // A partner of another project does not see this framework.
    expect(await resultsOf(asean, id)).toEqual([]);
  });

  it("the dashboard counts indicators of active projects by the one rule", async () => {
    const active = (await db().project.findMany({ where: { lifecycle: "ACTIVE", archived: false }, select: { id: true } })).map((p) => p.id);
    const { counts, behind } = await indicatorStandings(active);
    const judged = (await Promise.all(active.map((id) => resultsOf(officer, id)))).flat().flatMap((r) => r.indicators);
    expect(counts["on-track"]).toBe(judged.filter((i) => i.standing === "on-track").length);
    expect(counts.behind).toBe(behind.length);
    expect(behind.map((b) => b.title)).toContain("Countries with an unemployment insurance scheme designed"); // 2 of 3 from 0
    expect(counts.qualitative).toBe(1);
  });
});

describe("partners keep their action items up to date", () => {
  const item = (description: string) => db().actionItem.findFirstOrThrow({ where: { description } });

  it("a partner marks its own item done with a note; the officer is told and may reopen it with a comment", async () => {
    const open = await item("Share ASEAN labour statistics for the regional outlook");
    expect(inEnglish(await setActionItemProgress(asean, open.id, open.version, "CANCELLED", ""))).toMatchObject({ ok: false, fieldErrors: { status: expect.any(String) } });
    expect(await setActionItemProgress(asean, open.id, open.version, "DONE", "Statistics sent on 20 November.")).toMatchObject({ ok: true });
    const done = await item("Share ASEAN labour statistics for the regional outlook");
    expect(done.status).toBe("DONE");
    expect(await db().actionItemComment.findFirst({ where: { actionItemId: open.id, status: "DONE" } })).toMatchObject({ body: "Statistics sent on 20 November.", authorId: asean.userId });
    expect(await db().notification.count({ where: { kind: "action-item", title: { contains: "marked done by" } } })).toBeGreaterThan(0);
    // Done again, or no new status, without a note: refused, no second note; with a note, a comment.
    const comments = () => db().actionItemComment.count({ where: { actionItemId: open.id } });
    const before = await comments();
    expect(inEnglish(await setActionItemProgress(asean, open.id, done.version, "DONE", ""))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(inEnglish(await setActionItemProgress(asean, open.id, done.version, "", " "))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(await comments()).toBe(before);
    expect(await setActionItemProgress(asean, open.id, done.version, "", "The tables follow by email.")).toMatchObject({ ok: true });
    expect(await db().actionItemComment.findFirst({ where: { actionItemId: open.id }, orderBy: { createdAt: "desc" } })).toMatchObject({ body: "The tables follow by email.", status: null });
    expect((await item("Share ASEAN labour statistics for the regional outlook")).version).toBe(done.version);
    // Stale version: refused, nothing changed.
    expect(inEnglish(await setActionItemProgress(asean, open.id, open.version, "IN_PROGRESS", ""))).toMatchObject({ ok: false });
    // Staff reopen with a comment (required); managers may not.
    expect(inEnglish(await setActionItemProgress(officer, open.id, done.version, "OPEN", ""))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(inEnglish(await setActionItemProgress(manager, open.id, done.version, "OPEN", "No"))).toMatchObject({ ok: false, denied: true });
    expect(await setActionItemProgress(officer, open.id, done.version, "OPEN", "The 2025 figures are missing.")).toMatchObject({ ok: true });
    expect((await item("Share ASEAN labour statistics for the regional outlook")).status).toBe("OPEN");
    expect(await db().notification.count({ where: { userId: asean.userId, kind: "action-item" } })).toBe(1);
    // A change without a note is a comment of its status alone (no stored words in one language).
    const reopened = await item("Share ASEAN labour statistics for the regional outlook");
    expect(await setActionItemProgress(asean, open.id, reopened.version, "IN_PROGRESS", "")).toMatchObject({ ok: true });
    expect(await db().actionItemComment.findFirst({ where: { actionItemId: open.id }, orderBy: { createdAt: "desc" } })).toMatchObject({ body: "", status: "IN_PROGRESS" });
  });

  it("a partner cannot change an item another organisation owns, even on its own agreement", async () => {
    const ilo = await item("Publish a regional OSH labour inspection guide");
    expect(inEnglish(await setActionItemProgress(asean, ilo.id, ilo.version, "DONE", ""))).toMatchObject({ ok: false, denied: true });
    const adbItem = await item("Labour market information training for ADB country teams");
    expect(inEnglish(await setActionItemProgress(asean, adbItem.id, adbItem.version, "DONE", ""))).toMatchObject({ ok: false, denied: true });
    expect((await item("Labour market information training for ADB country teams")).status).toBe("OPEN");
  });
});

it("reports due soon or overdue reach the partner's own digest, with the portal's address", async () => {
  await runReminders(d("2026-12-02"), new Date("2026-12-02T06:00:00Z"));
  const mine = await db().notification.findMany({ where: { userId: asean.userId, kind: "partner-report-due" } });
  expect(mine.length).toBeGreaterThan(0);
  expect(mine.every((n) => n.href.startsWith("/portal/reports/"))).toBe(true);
  const digest = await db().emailMessage.findFirstOrThrow({ where: { userId: asean.userId, kind: "digest" } });
  expect(digest.text).toMatch(/Partners' reports due or overdue/);
  expect(digest.text).toMatch(/reports to the partnership unit/);
  expect(await db().notification.count({ where: { userId: adb.userId, kind: "partner-report-due" } })).toBe(0);
});
