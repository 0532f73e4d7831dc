// Boards (issue 28): agreements and projects in columns by status or by a "one of a list" field,
// counted, with the money committed per currency; moving a card is the form's change with the
// form's rules (lifecycle, clearance, version, office), and nothing else.
import { beforeAll, describe, expect, it } from "vitest";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { moveAgreement, moveProject } from "@/lib/board/mutations";
import { agreementBoard, projectBoard } from "@/lib/board/queries";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";
import { parseProjectFilters } from "@/lib/projects/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOfUser } from "@/lib/offices/reach";
import { inEnglish } from "../support/english";

let officer: Viewer, jakarta: Viewer, manager: Viewer;
const as = async (email: string) => viewerOfUser(await db().user.findUniqueOrThrow({ where: { email } }), "board-test");
const agreement = (reference: string) => db().agreement.findUniqueOrThrow({ where: { reference } });

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  [officer, jakarta, manager] = (await Promise.all(["officer@example.org", "officer2@example.org", "manager@example.org"].map(as))) as Viewer[];
}, 120_000);

describe("the agreements board", () => {
  it("has a column per status with its count, first cards and money committed per currency", async () => {
    const board = (await agreementBoard(manager, parseAgreementFilters(new URLSearchParams())))!;
    expect(board.columns.map((c) => c.value)).toEqual(["DRAFT", "UNDER_NEGOTIATION", "ACTIVE", "EXPIRED", "TERMINATED"]);
    const active = board.columns.find((c) => c.value === "ACTIVE")!;
    expect(active.count).toBe(await db().agreement.count({ where: { status: "ACTIVE", archived: false } }));
    expect(active.cards.map((c) => c.reference)).toContain("RUP/JPN/1974-01");
    const committed = await db().commitment.groupBy({ by: ["currency"], where: { archived: false, agreement: { status: "ACTIVE", archived: false } }, _sum: { amount: true } });
    expect(active.money).toEqual(expect.arrayContaining(committed.map((c) => ({ currency: c.currency, amount: c._sum.amount!.toFixed(2) }))));
    expect(board.mayMove).toBe(false); // a manager reads it
  });

  it("by a one-of-a-list field: a column per option and one for none; the list's filters narrow it", async () => {
    const board = (await agreementBoard(officer, parseAgreementFilters(new URLSearchParams("status=ACTIVE")), "dwcp_outcome"))!;
    expect(board.grouping.kind).toBe("field");
    expect(board.columns.map((c) => c.value)).toEqual(["id_1_1", "kh_2_1", "la_1_2", "vn_1_2", "ras_3_1", ""]);
    const regional = board.columns.find((c) => c.value === "ras_3_1")!;
    expect(regional.cards.map((c) => c.reference).sort()).toEqual(["RUP/ASEAN/2007-01", "RUP/ESCAP/2009-01", "RUP/JPN/1974-01"]);
    const total = board.columns.reduce((sum, c) => sum + c.count, 0);
    expect(total).toBe(await db().agreement.count({ where: { status: "ACTIVE", archived: false } }));
    // An unknown grouping is the status board.
    expect((await agreementBoard(officer, {}, "no_such_field"))!.grouping.kind).toBe("status");
  });

  it("moving a card follows the form's rules: clearance, the lifecycle; an officer's move is audited", async () => {
    // The demo's draft waits for a manager's clearance: it moves nowhere until then.
    const draft = await agreement("RUP/VNM/2026-DRAFT");
    expect(inEnglish(await moveAgreement(officer, draft.id, draft.version, "status", "UNDER_NEGOTIATION"))).toMatchObject({
      ok: false,
      message: "This agreement is waiting for clearance: it cannot change until a manager clears or returns it.",
    });
    // An expired agreement stays so (a renewal continues it).
    const expired = await agreement("RUP/AUS/2016-01");
    expect(inEnglish(await moveAgreement(officer, expired.id, expired.version, "status", "ACTIVE"))).toMatchObject({ ok: false, message: expect.stringMatching(/cannot move from expired to active/i) });
    expect((await agreement("RUP/AUS/2016-01")).status).toBe("EXPIRED");
    const singapore = await agreement("RUP/SGP/2008-01");
    expect(await moveAgreement(officer, singapore.id, singapore.version, "status", "EXPIRED")).toMatchObject({ ok: true });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: singapore.id }, orderBy: { id: "desc" } });
    expect(event.changes).toEqual({ status: ["ACTIVE", "EXPIRED"] });
  });

  it("moving by a field sets the field's value; a stale card, another office's card, a manager and nonsense are refused", async () => {
    const japan = await agreement("RUP/JPN/1974-01");
    expect(await moveAgreement(officer, japan.id, japan.version, "dwcp_outcome", "la_1_2")).toMatchObject({ ok: true });
    expect(((await agreement("RUP/JPN/1974-01")).customValues as Record<string, string>).dwcp_outcome).toBe("la_1_2");
    // The same card again, at the version it was shown with: someone saved since.
    expect(inEnglish(await moveAgreement(officer, japan.id, japan.version, "dwcp_outcome", "ras_3_1"))).toMatchObject({ ok: false, message: expect.stringContaining("changed by") });
    const now = await agreement("RUP/JPN/1974-01");
    expect(await moveAgreement(officer, now.id, now.version, "dwcp_outcome", "")).toMatchObject({ ok: true });
    expect((await agreement("RUP/JPN/1974-01")).customValues).not.toHaveProperty("dwcp_outcome");
    const latest = await agreement("RUP/JPN/1974-01");
    expect(await moveAgreement(officer, latest.id, latest.version, "dwcp_outcome", "no-such-option")).toMatchObject({ ok: false });
    expect(await moveAgreement(officer, latest.id, latest.version, "legal_review_cleared", "2026-01-01")).toMatchObject({ ok: false });
    expect(await moveAgreement(officer, latest.id, latest.version, "status", "BOGUS")).toMatchObject({ ok: false });
    expect(await moveAgreement(manager, latest.id, latest.version, "status", "EXPIRED")).toMatchObject({ ok: false, denied: true });
    expect(await moveAgreement(jakarta, latest.id, latest.version, "status", "EXPIRED")).toMatchObject({ ok: false, denied: true });
    expect((await agreement("RUP/JPN/1974-01")).version).toBe(latest.version);
  });
});

describe("the projects board", () => {
  it("has a column per stage, and moves a project through the form's rules", async () => {
    const board = (await projectBoard(officer, parseProjectFilters({})))!;
    expect(board.columns.map((c) => c.value)).toEqual(["PIPELINE", "ACTIVE", "COMPLETED", "SUSPENDED", "CLOSED"]);
    const korea = await db().project.findUniqueOrThrow({ where: { code: "RAS/15/01/KOR" } });
    expect(await moveProject(officer, korea.id, korea.version, "status", "ACTIVE")).toMatchObject({ ok: true });
    expect((await db().project.findUniqueOrThrow({ where: { code: "RAS/15/01/KOR" } })).lifecycle).toBe("ACTIVE");
    const bySdg = (await projectBoard(officer, {}, "sdg_targets"))!;
    expect(bySdg.grouping.kind).toBe("status"); // several of a list is no column
    expect(await moveProject(manager, korea.id, korea.version + 1, "status", "CLOSED")).toMatchObject({ ok: false, denied: true });
  });
});
