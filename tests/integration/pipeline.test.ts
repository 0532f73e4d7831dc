// The pipeline (issue 29): opportunities by stage with their probabilities and history, the board,
// the dashboard's forecast per year and currency against the rows, the won → draft agreement
// conversion and its idempotence, reminders, and every role against every write.
import { beforeAll, describe, expect, it } from "vitest";
import { attention } from "@/lib/attention/queries";
import { db } from "@/lib/db";
import { documentForDownload } from "@/lib/documents/queries";
import { uploadDocument } from "@/lib/documents/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { viewerOfUser } from "@/lib/offices/reach";
import { pipelineBoard } from "@/lib/pipeline/board";
import { convertOpportunity } from "@/lib/pipeline/convert";
import { pipelineForecast } from "@/lib/pipeline/forecast";
import { moveOpportunity } from "@/lib/pipeline/move";
import { createOpportunity, setOpportunityArchived, setStageProbabilities, updateOpportunity } from "@/lib/pipeline/mutations";
import { findOpportunity, listOpportunities, opportunityForEdit, pipelineAttention, stageProbabilities } from "@/lib/pipeline/queries";
import type { OpportunityFormValues } from "@/lib/pipeline/schema";
import { DEFAULT_PROBABILITIES, STAGES } from "@/lib/pipeline/stages";
import type { Viewer } from "@/lib/policy";
import { seedDemoData } from "@/prisma/seed/seed";
import { inEnglish } from "../support/english";

let officer: Viewer, jakarta: Viewer, manager: Viewer, admin: Viewer, partner: Viewer;
const as = async (email: string) => viewerOfUser(await db().user.findUniqueOrThrow({ where: { email } }), "pipeline-test");
const on = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
const year = on.getUTCFullYear();
const opportunity = (title: string) => db().opportunity.findFirstOrThrow({ where: { title } });
const org = (name: string) => db().organisation.findFirstOrThrow({ where: { name } });

function form(values: Partial<OpportunityFormValues>): OpportunityFormValues {
  return {
    title: "Test opportunity",
    organisationId: "",
    newOrganisationName: "",
    newOrganisationKind: "",
    amount: "100000",
    currency: "USD",
    tranches: [],
    stage: "IDEA",
    probability: "",
    probabilityReason: "",
    expectedDecisionOn: "",
    responsibleOfficerId: "",
    officeId: "",
    countries: "",
    themeIds: [],
    nextStep: "",
    nextStepDueOn: "",
    closeReason: "",
    closeNote: "",
    summary: "",
    ...values,
  };
}

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  [officer, jakarta, manager, admin, partner] = (await Promise.all(["officer@example.org", "officer2@example.org", "manager@example.org", "admin@example.org", "japan@example.org"].map(as))) as Viewer[];
}, 120_000);

describe("opportunities", () => {
  it("an officer records one with its tranches, history and audit; a manager and a partner may not", async () => {
    const korea = await org("Government of the Republic of Korea");
    const values = form({ title: "Green jobs in Korea's ODA", organisationId: korea.id, amount: "1,000,000", tranches: [{ year: String(year + 1), amount: "400000" }, { year: String(year + 2), amount: "600000" }], stage: "CONCEPT_NOTE" });
    const created = await createOpportunity(officer, values, on);
    expect(created).toMatchObject({ ok: true });
    const id = (created as { id: string }).id;
    const row = await db().opportunity.findUniqueOrThrow({ where: { id }, include: { tranches: { orderBy: { year: "asc" } }, stageChanges: true } });
    expect(row.amount.toFixed(2)).toBe("1000000.00");
    expect(row.tranches.map((t) => [t.year, t.amount.toFixed(2)])).toEqual([[year + 1, "400000.00"], [year + 2, "600000.00"]]);
    expect(row.stageChanges).toMatchObject([{ fromStage: null, toStage: "CONCEPT_NOTE", changedById: officer.userId }]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Opportunity", entityId: id } });
    expect(event.changes).toMatchObject({ stage: [null, "Concept note"], partner: [null, korea.name] });
    expect(await createOpportunity(manager, values, on)).toMatchObject({ ok: false, denied: true });
    expect(await createOpportunity(partner, values, on)).toMatchObject({ ok: false, denied: true });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const korea = await org("Government of the Republic of Korea");
    const before = await db().opportunity.count();
    const refused = inEnglish(
      await createOpportunity(officer, form({ organisationId: korea.id, amount: "1000", tranches: [{ year: "2027", amount: "600" }, { year: "2027", amount: "300" }], probability: "70", stage: "LOST", nextStepDueOn: "2027-01-01" }), on),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        tranches: "2027 is given twice: one amount per year.",
        probabilityReason: expect.stringContaining("Say why"),
        closeReason: "Choose why it was lost or withdrawn.",
        nextStep: "Say what the next step is.",
      },
    });
    expect(inEnglish(await createOpportunity(officer, form({ organisationId: korea.id, amount: "1000", tranches: [{ year: "2027", amount: "600" }] }), on))).toMatchObject({
      fieldErrors: { tranches: expect.stringContaining("add up to 600.00, not the 1000.00 sought") },
    });
    expect(inEnglish(await createOpportunity(officer, form({ organisationId: "new" }), on))).toMatchObject({
      fieldErrors: { newOrganisationName: "Give the new organisation's name.", newOrganisationKind: expect.any(String) },
    });
    expect(await createOpportunity(officer, form({ organisationId: "no-such-org", amount: "-5", currency: "XXY", title: "" }), on)).toMatchObject({
      ok: false,
      fieldErrors: { title: expect.anything(), amount: expect.anything(), currency: expect.anything() },
    });
    expect(await db().opportunity.count()).toBe(before);
  });

  it("records a new organisation with the opportunity, in the same transaction", async () => {
    const result = await createOpportunity(officer, form({ title: "Tea estates decent work", organisationId: "new", newOrganisationName: "Highland Tea Estates (test)", newOrganisationKind: "PRIVATE_COMPANY" }), on);
    expect(result).toMatchObject({ ok: true });
    const created = await db().opportunity.findUniqueOrThrow({ where: { id: (result as { id: string }).id }, include: { organisation: true } });
    expect(created.organisation).toMatchObject({ name: "Highland Tea Estates (test)", kind: "PRIVATE_COMPANY" });
    expect(await db().auditEvent.count({ where: { entityType: "Organisation", entityId: created.organisationId, action: "create" } })).toBe(1);
  });

  it("is found by its words as typed or without their accents, by its partner's name and acronym, and by its next step", async () => {
    const korea = await org("Government of the Republic of Korea");
    const result = await createOpportunity(officer, form({ title: "Côte d'Ivoire cocoa sector's child labour", organisationId: korea.id, stage: "CONCEPT_NOTE", nextStep: "Send the concept note to KOICA", nextStepDueOn: "2027-02-01" }), on);
    expect(result).toMatchObject({ ok: true });
    const found = async (q: string) => (await listOpportunities(officer, { q }, on))!.rows.map((r) => r.title);
    for (const q of ["Côte", "cote", "COTE D'IVOIRE", "d’ivoire cocoa", "sectors", "korea cocoa", "koica", "concept note"]) {
      expect(await found(q), q).toContain("Côte d'Ivoire cocoa sector's child labour");
    }
    expect(await found("cote tea")).not.toContain("Côte d'Ivoire cocoa sector's child labour");
  });

  it("keeps every stage change with its date and who made it; decided sets the decision date, reopening clears it", async () => {
    const o = await opportunity("Social protection technical assistance with ADB (invented)");
    const edit = (await opportunityForEdit(officer, o.id))!;
    expect(await updateOpportunity(officer, o.id, edit.version, { ...edit.values, stage: "LOST", closeReason: "NO_FUNDS", closeNote: "ADB budget cut" }, on)).toMatchObject({ ok: true });
    let row = await db().opportunity.findUniqueOrThrow({ where: { id: o.id }, include: { stageChanges: { orderBy: { changedAt: "asc" } } } });
    expect(row).toMatchObject({ stage: "LOST", closeReason: "NO_FUNDS", decidedOn: on });
    expect(row.stageChanges.at(-1)).toMatchObject({ fromStage: "IDEA", toStage: "LOST", changedById: officer.userId });
    const again = (await opportunityForEdit(officer, o.id))!;
    expect(await updateOpportunity(officer, o.id, again.version, { ...again.values, stage: "CONCEPT_NOTE" }, on)).toMatchObject({ ok: true });
    row = await db().opportunity.findUniqueOrThrow({ where: { id: o.id }, include: { stageChanges: true } });
    expect(row).toMatchObject({ stage: "CONCEPT_NOTE", decidedOn: null, closeReason: null });
    expect(row.stageChanges.map((c) => c.toStage).sort()).toEqual(["CONCEPT_NOTE", "IDEA", "LOST"]);
  });

  it("two stage changes at once: one wins, the other is told who changed it", async () => {
    const o = await opportunity("Apprenticeships with a regional hotel group (invented)");
    const edit = (await opportunityForEdit(officer, o.id))!;
    const [a, b] = await Promise.all([
      updateOpportunity(officer, o.id, edit.version, { ...edit.values, stage: "PROPOSAL_SUBMITTED" }, on),
      updateOpportunity(officer, o.id, edit.version, { ...edit.values, stage: "NEGOTIATION" }, on),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = inEnglish(a.ok ? b : a);
    expect(loser).toMatchObject({ ok: false, message: expect.stringContaining("changed by") });
    const after = await db().opportunity.findUniqueOrThrow({ where: { id: o.id }, include: { stageChanges: true } });
    expect(after.version).toBe(edit.version + 1);
    expect(after.stageChanges.filter((c) => c.fromStage === "CONCEPT_NOTE")).toHaveLength(1);
  });

  it("another office's officer reads but does not change it; a manager reads; a partner sees none of it", async () => {
    const o = await opportunity("ILO/Korea Partnership Programme, next phase (invented)");
    expect(await findOpportunity(manager, o.id)).not.toBeNull();
    expect(await findOpportunity(jakarta, o.id)).not.toBeNull();
    expect(await opportunityForEdit(jakarta, o.id)).toBeNull();
    const edit = (await opportunityForEdit(officer, o.id))!;
    expect(await updateOpportunity(jakarta, o.id, edit.version, edit.values, on)).toMatchObject({ ok: false, denied: true });
    expect(await updateOpportunity(manager, o.id, edit.version, edit.values, on)).toMatchObject({ ok: false, denied: true });
    expect(await setOpportunityArchived(manager, o.id, edit.version, true)).toMatchObject({ ok: false, denied: true });
    expect(await findOpportunity(partner, o.id)).toBeNull();
    expect(await listOpportunities(partner, {}, on)).toBeNull();
    // Its documents are staff's: a partner party to nothing here cannot download one, even marked shared.
    const bytes = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"));
    const upload = await uploadDocument(officer, { opportunityId: o.id }, { name: "concept note.pdf", bytes }, true);
    expect(upload).toMatchObject({ ok: true });
    const id = (upload as { id: string }).id;
    expect(await documentForDownload(officer, id)).not.toBeNull();
    expect((await db().document.findUniqueOrThrow({ where: { id } })).sharedWithPartners).toBe(false);
    expect(await documentForDownload(partner, id)).toBeNull();
    expect(await uploadDocument(jakarta, { opportunityId: o.id }, { name: "x.pdf", bytes }, false)).toMatchObject({ ok: false, denied: true });
  });
});

describe("the board", () => {
  it("has a column per stage with counts and sums per currency that match the rows", async () => {
    const board = (await pipelineBoard(manager, {}, on))!;
    expect(board.columns.map((c) => c.value)).toEqual(STAGES);
    expect(board.mayMove).toBe(false);
    for (const column of board.columns) {
      const rows = await db().opportunity.findMany({ where: { stage: column.value as never, archived: false } });
      expect(column.count).toBe(rows.length);
      const sums = new Map<string, Prisma.Decimal>();
      for (const r of rows) sums.set(r.currency, (sums.get(r.currency) ?? new Prisma.Decimal(0)).plus(r.amount));
      expect(Object.fromEntries(column.money.map((m) => [m.currency, m.amount]))).toEqual(Object.fromEntries([...sums].map(([c, s]) => [c, s.toFixed(2)])));
    }
    expect(await pipelineBoard(partner, {}, on)).toBeNull();
  });

  it("a card moves to the next stage; lost asks for the form; a manager's move is refused", async () => {
    const o = await opportunity("South-South exchange on public employment programmes with Brazil (invented)");
    expect(await moveOpportunity(officer, o.id, o.version, "PROPOSAL_SUBMITTED")).toMatchObject({ ok: true });
    const moved = await opportunity(o.title);
    expect(moved.stage).toBe("PROPOSAL_SUBMITTED");
    expect(inEnglish(await moveOpportunity(officer, o.id, moved.version, "LOST"))).toMatchObject({ ok: false, message: expect.stringContaining("asks why") });
    expect(await moveOpportunity(manager, o.id, moved.version, "NEGOTIATION")).toMatchObject({ ok: false, denied: true });
    expect((await opportunity(o.title)).version).toBe(moved.version);
  });
});

describe("the forecast", () => {
  it("sums the open pipeline per year and currency against the rows, weighted by each probability", async () => {
    const forecast = (await pipelineForecast(manager, {}, on))!;
    const probabilities = await stageProbabilities();
    const open = await db().opportunity.findMany({ where: { archived: false, stage: { in: ["IDEA", "CONCEPT_NOTE", "PROPOSAL_SUBMITTED", "NEGOTIATION"] } }, include: { tranches: true } });
    // Expected, from the rows: tranches, or all of it in the year of the decision (none: no year).
    const expected = new Map<string, { total: Prisma.Decimal; weighted: Prisma.Decimal }>();
    for (const o of open) {
      const p = o.probability ?? probabilities[o.stage];
      const parts = o.tranches.length ? o.tranches.map((t) => [t.year, t.amount] as const) : [[o.expectedDecisionOn?.getUTCFullYear() ?? null, o.amount] as const];
      for (const [y, amount] of parts) {
        const key = `${y}:${o.currency}`;
        const now = expected.get(key) ?? { total: new Prisma.Decimal(0), weighted: new Prisma.Decimal(0) };
        expected.set(key, { total: now.total.plus(amount), weighted: now.weighted.plus(amount.times(p)) });
      }
    }
    const shown = new Map(forecast.rows.filter((r) => r.opportunities > 0).map((r) => [`${r.year}:${r.currency}`, { total: r.total.toFixed(2), weighted: r.weighted.toFixed(2) }]));
    expect(shown).toEqual(new Map([...expected].map(([k, v]) => [k, { total: v.total.toFixed(2), weighted: v.weighted.dividedBy(100).toDecimalPlaces(2).toFixed(2) }])));
    // The Korea phase: 2,000,000 a year at negotiation's default (90 %).
    expect(forecast.rows.find((r) => r.year === year + 1 && r.currency === "USD")!.weighted.gte(new Prisma.Decimal(2_000_000).times(probabilities.NEGOTIATION).dividedBy(100))).toBe(true);
    // What is committed for a year: instalments due in it, per currency.
    const aud = forecast.rows.find((r) => r.year === year + 1 && r.currency === "AUD")!;
    const instalments = await db().instalment.aggregate({ where: { archived: false, commitment: { archived: false, currency: "AUD", agreement: { archived: false } }, dueOn: { gte: new Date(Date.UTC(year + 1, 0, 1)), lte: new Date(Date.UTC(year + 1, 11, 31)) } }, _sum: { amount: true } });
    expect(aud.committed.toFixed(2)).toBe(instalments._sum.amount!.toFixed(2));
    expect(await pipelineForecast(partner, {}, on)).toBeNull();
  });

  it("shows the chosen year's commitments even when the pipeline holds nothing for that year", async () => {
    const pipelineYears = (await pipelineForecast(manager, {}, on))!.rows.filter((r) => r.opportunities > 0).map((r) => r.year);
    const due = await db().instalment.findMany({ where: { archived: false, commitment: { archived: false, agreement: { archived: false } } }, include: { commitment: true } });
    const bare = due.map((i) => i.dueOn.getUTCFullYear()).find((y) => !pipelineYears.includes(y))!;
    expect(bare).toBeDefined();
    const forecast = (await pipelineForecast(manager, { year: bare }, on))!;
    const expected = new Map<string, string>();
    for (const i of due.filter((i) => i.dueOn.getUTCFullYear() === bare)) {
      expected.set(i.commitment.currency, new Prisma.Decimal(expected.get(i.commitment.currency) ?? 0).plus(i.amount).toFixed(2));
    }
    expect(new Map(forecast.rows.map((r) => [r.currency, r.committed.toFixed(2)]))).toEqual(expected);
    expect(forecast.rows.every((r) => r.year === bare && r.opportunities === 0)).toBe(true);
  });

  it("counts the conversion rate of the last twelve months, won over decided", async () => {
    const from = new Date(on.getTime() - 365 * 86_400_000);
    const decided = await db().opportunity.findMany({ where: { archived: false, decidedOn: { gte: from }, stage: { in: ["WON", "LOST", "WITHDRAWN"] } } });
    const { conversion } = (await pipelineForecast(manager, {}, on))!;
    expect(conversion.decided).toBe(decided.length);
    expect(conversion.won).toBe(decided.filter((o) => o.stage === "WON").length);
    expect(conversion.percent).toBe(Math.round((conversion.won / conversion.decided) * 100));
  });

  it("uses the stage probabilities administrators set; others may not set them", async () => {
    const values = Object.fromEntries(STAGES.map((s) => [s, String(DEFAULT_PROBABILITIES[s])]));
    expect(await setStageProbabilities(officer, { ...values, IDEA: "20" })).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await setStageProbabilities(admin, { ...values, IDEA: "120" }))).toMatchObject({ ok: false, fieldErrors: { IDEA: expect.stringContaining("0") } });
    expect(await setStageProbabilities(admin, { ...values, IDEA: "20" })).toMatchObject({ ok: true });
    expect((await stageProbabilities()).IDEA).toBe(20);
    expect(await db().auditEvent.count({ where: { entityType: "Setting", entityId: "pipeline.stageProbabilities" } })).toBe(1);
    expect(await setStageProbabilities(admin, values)).toMatchObject({ ok: true });
  });
});

describe("won becomes a draft agreement", () => {
  it("creates the draft, its parties, commitment and instalments in one go, linked both ways; asked again, nothing new", async () => {
    const o = await opportunity("Occupational safety and health in ASEAN supply chains, Japan-funded (invented)");
    const ilo = await org("International Labour Organization");
    const values = { reference: "ILO-JPN/OSH/TEST", instrument: "PARTNERSHIP_AGREEMENT", modality: "BILATERAL", counterpartId: ilo.id };
    expect(inEnglish(await convertOpportunity(officer, o.id, o.version, values))).toMatchObject({ ok: false, message: expect.stringContaining("Only a won opportunity") });
    const edit = (await opportunityForEdit(officer, o.id))!;
    expect(await updateOpportunity(officer, o.id, edit.version, { ...edit.values, stage: "WON" }, on)).toMatchObject({ ok: true });
    const won = await opportunity(o.title);
    expect(await convertOpportunity(manager, o.id, won.version, values)).toMatchObject({ ok: false, denied: true });
    const agreementsBefore = await db().agreement.count();
    // Two clicks at once: one agreement.
    const [first, second] = await Promise.all([convertOpportunity(officer, o.id, won.version, values), convertOpportunity(officer, o.id, won.version, values)]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    expect((first as { id: string }).id).toBe((second as { id: string }).id);
    expect(await db().agreement.count()).toBe(agreementsBefore + 1);
    const agreement = await db().agreement.findUniqueOrThrow({
      where: { id: (first as { id: string }).id },
      include: { parties: true, opportunity: true, commitments: { include: { instalments: { orderBy: { dueOn: "asc" } } } } },
    });
    expect(agreement).toMatchObject({ reference: "ILO-JPN/OSH/TEST", title: o.title, status: "DRAFT", clearance: "NOT_SUBMITTED", responsibleOfficerId: o.responsibleOfficerId, officeId: o.officeId });
    expect(agreement.opportunity?.id).toBe(o.id);
    expect(agreement.parties.map((p) => `${p.organisationId === ilo.id ? "ilo" : "partner"}:${p.role}`).sort()).toEqual(["ilo:SIGNATORY", "partner:FUNDING", "partner:SIGNATORY"]);
    expect(agreement.commitments).toHaveLength(1);
    expect(agreement.commitments[0]).toMatchObject({ organisationId: o.organisationId, currency: "JPY" });
    expect(agreement.commitments[0].amount.toFixed(2)).toBe("150000000.00");
    expect(agreement.commitments[0].instalments.map((i) => [i.dueOn.toISOString().slice(0, 10), i.amount.toFixed(2)])).toEqual([1, 2, 3].map((n) => [`${year + n}-12-31`, "50000000.00"]));
    // Asked a third time, later: the same agreement, nothing created.
    expect(await convertOpportunity(officer, o.id, won.version, values)).toMatchObject({ ok: true, id: agreement.id, existing: true });
    expect(await db().agreement.count()).toBe(agreementsBefore + 1);
    // It stays won.
    const converted = (await opportunityForEdit(officer, o.id))!;
    expect(inEnglish(await updateOpportunity(officer, o.id, converted.version, { ...converted.values, stage: "NEGOTIATION" }, on))).toMatchObject({ ok: false, fieldErrors: { stage: expect.stringContaining("stays won") } });
  });

  it("refuses a taken reference and a missing counterpart, and creates nothing", async () => {
    const o = await opportunity("Apprenticeships with a regional hotel group (invented)");
    const edit = (await opportunityForEdit(officer, o.id))!;
    expect(await updateOpportunity(officer, o.id, edit.version, { ...edit.values, stage: "WON" }, on)).toMatchObject({ ok: true });
    const won = await opportunity(o.title);
    const before = await db().agreement.count();
    expect(inEnglish(await convertOpportunity(officer, o.id, won.version, { reference: "RUP/ADB/2002-01", instrument: "MOU", modality: "PUBLIC_PRIVATE", counterpartId: (await org("International Labour Organization")).id }))).toMatchObject({
      ok: false,
      fieldErrors: { reference: expect.stringContaining("Another agreement") },
    });
    expect(await convertOpportunity(officer, o.id, won.version, { reference: "HOTEL/1", instrument: "", modality: "", counterpartId: "" })).toMatchObject({ ok: false, fieldErrors: { instrument: expect.anything(), counterpartId: expect.anything() } });
    expect(await db().agreement.count()).toBe(before);
    expect((await opportunity(o.title)).agreementId).toBeNull();
  });
});

describe("reminders", () => {
  it("lists next steps overdue and decisions due within 30 days for the responsible officer, on the home page and in digests", async () => {
    const mine = await pipelineAttention(on, { officerId: officer.userId });
    const titles = (list: { title: string }[]) => list.map((o) => o.title);
    expect(titles(mine.steps)).toContain("South-South exchange on public employment programmes with Brazil (invented)");
    expect(titles(mine.decisions)).not.toContain("Social protection technical assistance with ADB (invented)"); // no date
    const { items } = await attention(on, { officerId: officer.userId });
    expect(items.filter((i) => i.kind === "opportunity-step-overdue").map((i) => i.title)).toEqual(titles(mine.steps));
    expect(items.filter((i) => i.kind === "opportunity-decision-soon").every((i) => i.officerId === officer.userId)).toBe(true);
    expect((await pipelineAttention(on, { officerId: jakarta.userId })).steps).toEqual([]);
  });
});
