// Agreements as they live after signature and before it: numbered amendments that move the expiry
// or the contribution in the same transaction ("by amendment N" in the audit trail), clearance of
// drafts by a manager before they can become active, and the exchange rates behind the USD total.
import { beforeAll, describe, expect, it } from "vitest";
import { recordAmendment } from "@/lib/amendments/mutations";
import { createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { findAgreement } from "@/lib/agreements/queries";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import { decideClearance, submitForClearance } from "@/lib/clearance/mutations";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { documentsOf } from "@/lib/documents/queries";
import { createExchangeRate, updateExchangeRate } from "@/lib/exchange-rates/mutations";
import { latestRates, usdTotal } from "@/lib/exchange-rates/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/policy";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

const TODAY = new Date("2026-12-01T00:00:00Z");
let admin: Viewer, officer: Viewer, officer2: Viewer, manager: Viewer, partner: Viewer;
let ilo: string, donor: string;

beforeAll(async () => {
  ilo = (await makeOrganisation("ILO")).id;
  donor = (await makeOrganisation("Donor")).id;
  admin = viewerOf(await makeUser("ADMIN"));
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  partner = viewerOf(await makeUser("PARTNER", { organisationId: donor }));
});

let counter = 0;
function values(overrides: Partial<AgreementFormValues> = {}): AgreementFormValues {
  counter += 1;
  return {
    reference: `RUP/AMEND/${counter}`,
    title: "Amended partnership",
    instrument: "PARTNERSHIP_AGREEMENT",
    modality: "BILATERAL",
    status: "ACTIVE",
    signedOn: "2024-01-10",
    effectiveOn: "",
    expiresOn: "2026-12-31",
    meetingCycleMonths: "12",
    countries: "",
    themeIds: [],
    contributionAmount: "1000000.00",
    contributionCurrency: "USD",
    summary: "",
    responsibleOfficerId: "",
    parties: [
      { organisationId: ilo, role: "SIGNATORY" },
      { organisationId: donor, role: "FUNDING" },
    ],
    renewsId: "",
    signedBefore: true,
    ...overrides,
  };
}

async function create(overrides: Partial<AgreementFormValues> = {}) {
  const result = await createAgreement(officer, values(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db().agreement.findUniqueOrThrow({ where: { id: result.id } });
}

const amendment = (fields: Record<string, string>) => ({
  kind: "NO_COST_EXTENSION" as const,
  signedOn: "2026-11-20",
  summary: "Extends the programme by six months at no cost.",
  newExpiresOn: "",
  newContributionAmount: "",
  newContributionCurrency: "",
  ...fields,
});

describe("amendments", () => {
  it("an extension moves the expiry in the same transaction, numbered, and the audit trail says by which amendment", async () => {
    const agreement = await create();
    expect(await recordAmendment(officer, agreement.id, 1, amendment({ newExpiresOn: "2027-06-30" }), TODAY)).toEqual({ ok: true, id: agreement.id });
    const budget = amendment({ kind: "BUDGET_REVISION", summary: "Adds a second phase.", newContributionAmount: "1,500,000.25", newContributionCurrency: "usd" });
    expect((await recordAmendment(officer2, agreement.id, 2, budget, TODAY)).ok).toBe(true);

    const saved = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { amendments: { orderBy: { number: "asc" } } } });
    expect(saved.expiresOn?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(saved.contributionAmount?.toFixed(2)).toBe("1500000.25");
    expect(saved.version).toBe(3);
    expect(saved.amendments.map((a) => [a.number, a.kind])).toEqual([[1, "NO_COST_EXTENSION"], [2, "BUDGET_REVISION"]]);
    expect(saved.amendments[0].changes).toEqual({ expiresOn: ["2026-12-31", "2027-06-30"] });

    const events = await db().auditEvent.findMany({ where: { entityType: "Agreement", entityId: agreement.id, action: "update" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.reason, e.changes])).toEqual([
      ["by amendment 1", { expiresOn: ["2026-12-31", "2027-06-30"], amendments: [0, 1] }],
      ["by amendment 2", { contribution: ["USD 1,000,000.00", "USD 1,500,000.25"], amendments: [1, 2] }],
    ]);
  });

  it("the partner of the agreement sees its amendments; another partner sees nothing", async () => {
    const agreement = await db().agreement.findFirstOrThrow({ where: { amendments: { some: {} } } });
    expect((await findAgreement(partner, agreement.id))?.amendments.map((a) => a.number)).toEqual([2, 1]);
    const stranger = viewerOf(await makeUser("PARTNER", { organisationId: (await makeOrganisation()).id }));
    expect(await findAgreement(stranger, agreement.id)).toBeNull();
  });

  it("documents attach to an amendment of the same agreement only, and are shared as the agreement's", async () => {
    const agreement = await db().agreement.findFirstOrThrow({ where: { amendments: { some: {} } }, include: { amendments: true } });
    const other = await create();
    const pdf = { name: "amendment-1.pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")) };
    const amendmentId = agreement.amendments[0].id;
    expect((await uploadDocument(officer, { agreementId: other.id, amendmentId }, pdf, true)).ok).toBe(false);
    const uploaded = await uploadDocument(officer, { agreementId: agreement.id, amendmentId }, pdf, true);
    expect(uploaded.ok).toBe(true);
    expect((await findAgreement(partner, agreement.id))?.amendments.find((a) => a.id === amendmentId)?.documents.map((d) => d.filename)).toEqual(["amendment-1.pdf"]);
    expect((await documentsOf(partner, { agreementId: agreement.id })).map((d) => [d.filename, d.amendment?.number])).toEqual([["amendment-1.pdf", 1]]);
  });

  it("refuses bad input beside the field, and changes nothing", async () => {
    const agreement = await create();
    const cases: [Record<string, string>, string][] = [
      [{ newExpiresOn: "" }, "newExpiresOn"],
      [{ newExpiresOn: "2026-06-30" }, "newExpiresOn"], // earlier than the expiry
      [{ newExpiresOn: "2027-02-30" }, "newExpiresOn"],
      [{ signedOn: "2026-12-02", newExpiresOn: "2027-06-30" }, "signedOn"], // tomorrow
      [{ summary: "" }, "summary"],
      [{ kind: "BUDGET_REVISION", newContributionAmount: "1000000", newContributionCurrency: "USD" }, "newContributionAmount"], // the same
      [{ kind: "BUDGET_REVISION", newContributionAmount: "-5", newContributionCurrency: "USD" }, "newContributionAmount"],
      [{ kind: "NOT_A_KIND" }, "kind"],
    ];
    for (const [fields, field] of cases) {
      const result = await recordAmendment(officer, agreement.id, 1, amendment(fields) as never, TODAY);
      expect(result.ok, JSON.stringify(fields)).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), JSON.stringify(fields)).toContain(field);
    }
    const after = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { amendments: true } });
    expect([after.version, after.amendments.length, after.expiresOn?.toISOString().slice(0, 10)]).toEqual([1, 0, "2026-12-31"]);
  });

  it("only an active agreement is amended; an open-ended one has no expiry to extend", async () => {
    const draft = await create({ status: "DRAFT" });
    expect(inEnglish(await recordAmendment(officer, draft.id, 1, amendment({ newExpiresOn: "2028-01-01" }), TODAY))).toMatchObject({ ok: false, message: expect.stringMatching(/Only an active agreement/) });
    const open = await create({ expiresOn: "" });
    expect(inEnglish(await recordAmendment(officer, open.id, 1, amendment({ newExpiresOn: "2028-01-01" }), TODAY))).toMatchObject({ ok: false, fieldErrors: { newExpiresOn: expect.stringMatching(/open-ended/) } });
  });

  it("managers and partners may not amend", async () => {
    const agreement = await create();
    for (const viewer of [manager, partner]) {
      expect(inEnglish(await recordAmendment(viewer, agreement.id, 1, amendment({ newExpiresOn: "2027-06-30" }), TODAY))).toMatchObject({ ok: false, denied: true });
    }
    expect(await db().amendment.count({ where: { agreementId: agreement.id } })).toBe(0);
  });

  it("two officers amending at once from the same version: one is recorded, the other is told who changed what", async () => {
    const agreement = await create();
    const results = await Promise.all([
      recordAmendment(officer, agreement.id, 1, amendment({ newExpiresOn: "2027-03-31" }), TODAY),
      recordAmendment(officer2, agreement.id, 1, amendment({ newExpiresOn: "2027-09-30" }), TODAY),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(inEnglish(loser)).toMatchObject({ ok: false, conflict: { changes: { expiresOn: ["2026-12-31", expect.any(String)] } } });
    expect(await db().amendment.count({ where: { agreementId: agreement.id } })).toBe(1);
    // An edit of the agreement opened before the amendment is refused too.
    expect(inEnglish(await updateAgreement(officer, agreement.id, 1, values({ title: "Renamed" })))).toMatchObject({ ok: false, conflict: expect.anything() });
  });
});

describe("clearance before signature", () => {
  it("a draft becomes active only after a manager clears it; each step is audited and notified", async () => {
    const draft = await create({ status: "DRAFT", signedOn: "" });
    const activate = (version: number) => updateAgreement(officer, draft.id, version, values({ reference: draft.reference, status: "ACTIVE", signedOn: "2026-11-30" }));
    expect(inEnglish(await activate(1))).toMatchObject({ ok: false, fieldErrors: { status: expect.stringMatching(/Only a cleared agreement/) } });

    expect(await submitForClearance(officer, draft.id, 1)).toEqual({ ok: true, id: draft.id });
    // While it waits, it cannot change.
    expect(inEnglish(await updateAgreement(officer, draft.id, 2, values({ reference: draft.reference, status: "DRAFT", title: "x" })))).toMatchObject({ ok: false, message: expect.stringMatching(/waiting for clearance/) });
    // Managers and administrators are told, in the app and by email.
    const told = await db().notification.findMany({ where: { kind: "clearance", href: `/agreements/${draft.id}` }, select: { userId: true, email: { select: { to: true } } } });
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([manager.userId, admin.userId]));
    expect(told.every((n) => n.email?.to)).toBe(true);

    // An officer cannot clear; returning needs a comment.
    expect(inEnglish(await decideClearance(officer, draft.id, 2, "clear", ""))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await decideClearance(manager, draft.id, 2, "return", ""))).toMatchObject({ ok: false, fieldErrors: { comment: expect.any(String) } });
    expect(await decideClearance(manager, draft.id, 2, "return", "Add the exit clause.")).toEqual({ ok: true, id: draft.id });
    const officerTold = await db().notification.findFirst({ where: { userId: officer.userId, kind: "clearance" } });
    expect(officerTold?.title).toContain("Add the exit clause.");

    expect((await submitForClearance(officer, draft.id, 3)).ok).toBe(true);
    expect(await decideClearance(manager, draft.id, 4, "clear", "")).toEqual({ ok: true, id: draft.id });
    expect((await activate(5)).ok).toBe(true);
    const events = await db().auditEvent.findMany({ where: { entityId: draft.id, actorId: manager.userId }, orderBy: { id: "asc" } });
    expect(events.map((e) => (e.changes as { clearance: string[] }).clearance[1])).toEqual(["Returned by the manager", "Cleared"]);
  });

  it("tells each person of a step in their own language, whoever took it", async () => {
    await db().user.update({ where: { id: admin.userId }, data: { locale: "es" } });
    try {
      const draft = await create({ status: "DRAFT", signedOn: "" });
      expect((await submitForClearance(officer, draft.id, 1)).ok).toBe(true);
      const told = await db().notification.findMany({ where: { kind: "clearance", href: `/agreements/${draft.id}` }, select: { userId: true, title: true, email: { select: { subject: true, text: true } } } });
      const of = (userId: string) => told.find((n) => n.userId === userId)!;
      expect(of(manager.userId).title).toBe(`${draft.title} was submitted for clearance by ${officer.name}`);
      expect(of(admin.userId).title).toBe(`${draft.title}: presentado para aprobación por ${officer.name}`);
      expect(of(admin.userId).email).toMatchObject({ subject: of(admin.userId).title, text: expect.stringMatching(/^Estimado\/a .+:\n\n.+presentado para aprobación/) });
    } finally {
      await db().user.update({ where: { id: admin.userId }, data: { locale: null } });
    }
  });

  it("a cleared draft changed in anything but its signature goes back for clearance", async () => {
    const draft = await create({ status: "DRAFT", signedOn: "" });
    await submitForClearance(officer, draft.id, 1);
    await decideClearance(admin, draft.id, 2, "clear", "");
    // Changing the title and activating it in the same save is refused...
    expect(inEnglish(await updateAgreement(officer, draft.id, 3, values({ reference: draft.reference, status: "ACTIVE", title: "Changed" })))).toMatchObject({ ok: false, fieldErrors: { status: expect.stringMatching(/changed since it was cleared/) } });
    // ...changing it alone reopens clearance.
    expect((await updateAgreement(officer, draft.id, 3, values({ reference: draft.reference, status: "DRAFT", signedOn: "", title: "Changed" }))).ok).toBe(true);
    expect((await db().agreement.findUniqueOrThrow({ where: { id: draft.id } })).clearance).toBe("NOT_SUBMITTED");
  });

  it("a manager's clearance is the one write a manager has: nothing else", async () => {
    const draft = await create({ status: "DRAFT", signedOn: "" });
    expect(inEnglish(await submitForClearance(manager, draft.id, 1))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await updateAgreement(manager, draft.id, 1, values({ reference: draft.reference, title: "x", status: "DRAFT" })))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await submitForClearance(partner, draft.id, 1))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await decideClearance(partner, draft.id, 1, "clear", ""))).toMatchObject({ ok: false, denied: true });
  });

  it("a stale form is told who moved the clearance", async () => {
    const draft = await create({ status: "DRAFT", signedOn: "" });
    await submitForClearance(officer, draft.id, 1);
    const [first, second] = await Promise.all([decideClearance(manager, draft.id, 2, "clear", ""), decideClearance(admin, draft.id, 2, "return", "No.")]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(inEnglish([first, second].find((r) => !r.ok))).toMatchObject({ ok: false, conflict: { changes: { clearance: expect.any(Array) } } });
  });
});

describe("exchange rates", () => {
  it("administrators record them; others may not; a month is recorded once and changed at its version", async () => {
    const jpy = { currency: "jpy", month: "2026-11", usdPerUnit: "0.0066" };
    expect(inEnglish(await createExchangeRate(officer, jpy))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await createExchangeRate(manager, jpy))).toMatchObject({ ok: false, denied: true });
    const created = await createExchangeRate(admin, jpy);
    expect(created.ok).toBe(true);
    expect(inEnglish(await createExchangeRate(admin, jpy))).toMatchObject({ ok: false, fieldErrors: { month: expect.stringMatching(/already recorded/) } });
    for (const bad of [{ ...jpy, currency: "USD" }, { ...jpy, month: "2026-13" }, { ...jpy, usdPerUnit: "0" }, { ...jpy, usdPerUnit: "abc" }]) {
      expect((await createExchangeRate(admin, bad)).ok).toBe(false);
    }
    if (!created.ok) return;
    expect((await updateExchangeRate(admin, created.id, 1, "0.0067")).ok).toBe(true);
    expect(inEnglish(await updateExchangeRate(admin, created.id, 1, "0.0070"))).toMatchObject({ ok: false, conflict: { changes: { usdPerUnit: ["0.0066", "0.0067"] } } });
  });

  it("a USD total exists only when every currency has a rate, uses each currency's latest, and is exact", async () => {
    await createExchangeRate(admin, { currency: "JPY", month: "2026-10", usdPerUnit: "0.0065" });
    await createExchangeRate(admin, { currency: "JPY", month: "2027-01", usdPerUnit: "0.0099" }); // after the day asked about
    const rates = await latestRates(["JPY", "AUD", "USD"], TODAY);
    expect(rates.get("JPY")?.usdPerUnit.toString()).toBe("0.0067");
    const amounts = [
      { currency: "USD", amount: new Prisma.Decimal("0.10") },
      { currency: "JPY", amount: new Prisma.Decimal("380000000.00") },
    ];
    expect(usdTotal(amounts, rates).total?.toFixed(2)).toBe("2546000.10");
    expect(usdTotal([...amounts, { currency: "AUD", amount: new Prisma.Decimal("1") }], rates)).toEqual({ total: null, missing: ["AUD"] });
  });
});
