// Money committed and received: commitments of funding parties, instalment schedules and receipts.
// Exact decimals per currency, partners see only their own, every role against every write, bad
// input refused with a field message and nothing written, overdue instalments needing attention.
import { beforeAll, describe, expect, it } from "vitest";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { listAgreements } from "@/lib/agreements/queries";
import { attention } from "@/lib/attention/queries";
import { dashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { addInstalment, createCommitment, recordReceipt, setFundingArchived } from "@/lib/funding/mutations";
import { commitmentsOfAgreement, commitmentsOfOrganisation, exportFunding } from "@/lib/funding/queries";
import { commitmentTotals, totalsByCurrency } from "@/lib/funding/totals";
import { say } from "@/lib/i18n/say";
import type { Viewer } from "@/lib/policy";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-12-01");

let admin: Viewer, officer: Viewer, manager: Viewer, donorUser: Viewer, otherDonorUser: Viewer, beneficiaryUser: Viewer;
let agreementId: string, donor: string, otherDonor: string, beneficiary: string, stranger: string, projectId: string;

async function commitmentIdOf(description: string) {
  return (await db().commitment.findFirstOrThrow({ where: { description } })).id;
}
const counts = async () => [await db().commitment.count(), await db().instalment.count(), await db().receipt.count(), await db().auditEvent.count()];

beforeAll(async () => {
  const ilo = await makeOrganisation("ILO");
  donor = (await makeOrganisation("Donor Government")).id;
  otherDonor = (await makeOrganisation("Other Donor Foundation")).id;
  beneficiary = (await makeOrganisation("Beneficiary Ministry")).id;
  stranger = (await makeOrganisation("Stranger Trust")).id;
  const agreement = await db().agreement.create({
    data: {
      reference: "TEST/FUNDING/1",
      title: "Funded partnership",
      instrument: "PARTNERSHIP_AGREEMENT",
      modality: "TRIANGULAR",
      status: "ACTIVE",
      parties: {
        create: [
          { organisationId: ilo.id, role: "SIGNATORY" },
          { organisationId: donor, role: "FUNDING" },
          { organisationId: otherDonor, role: "FUNDING" },
          { organisationId: beneficiary, role: "BENEFICIARY" },
        ],
      },
    },
  });
  agreementId = agreement.id;
  projectId = (await db().project.create({ data: { code: "TEST/FUND/P1", title: "Funded project", agreementId } })).id;
  admin = viewerOf(await makeUser("ADMIN"));
  officer = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  donorUser = viewerOf(await makeUser("PARTNER", { organisationId: donor }));
  otherDonorUser = viewerOf(await makeUser("PARTNER", { organisationId: otherDonor }));
  beneficiaryUser = viewerOf(await makeUser("PARTNER", { organisationId: beneficiary }));
});

const commitment = (fields: Partial<Record<string, string>> = {}) => ({
  organisationId: donor,
  projectId: "",
  amount: "1,000,000.10",
  currency: "usd",
  committedOn: "2026-01-15",
  description: "",
  ...fields,
});

describe("recording money", () => {
  it("an officer records a commitment, its instalments and receipts, exactly, each with its audit event", async () => {
    expect(await createCommitment(officer, agreementId, commitment({ description: "exact", projectId }))).toEqual({ ok: true, id: agreementId });
    const commitmentId = await commitmentIdOf("exact");
    const row = await db().commitment.findUniqueOrThrow({ where: { id: commitmentId } });
    expect(row.amount.toFixed(2)).toBe("1000000.10");
    expect(row.currency).toBe("USD");
    expect(row.projectId).toBe(projectId);

    for (const [dueOn, instalmentAmount] of [["2026-03-31", "0.10"], ["2026-09-30", "500000.00"], ["2027-03-31", "500000.00"]]) {
      expect((await addInstalment(officer, { commitmentId, dueOn, instalmentAmount, condition: "On receipt of the 2026 progress report" })).ok).toBe(true);
    }
    const [first, second] = await db().instalment.findMany({ where: { commitmentId }, orderBy: { dueOn: "asc" } });
    // 0.1 + 0.2 is not 0.3 in floating point: the sums here must be exact.
    expect((await recordReceipt(officer, { instalmentId: first.id, receivedOn: "2026-04-02", receiptAmount: "0.10", reference: "BANK-1" }, TODAY)).ok).toBe(true);
    expect((await recordReceipt(officer, { instalmentId: second.id, receivedOn: "2026-10-01", receiptAmount: "0.20", reference: "" }, TODAY)).ok).toBe(true);

    const [detail] = (await commitmentsOfAgreement(officer, agreementId)).filter((c) => c.id === commitmentId);
    const totals = commitmentTotals(detail, TODAY);
    expect(totals.committed.toFixed(2)).toBe("1000000.10");
    expect(totals.scheduled.toFixed(2)).toBe("1000000.10");
    expect(totals.received.toFixed(2)).toBe("0.30");
    expect(totals.outstanding.toFixed(2)).toBe("999999.80");
    // The September instalment is past due and not fully paid: 499,999.80 of it is overdue.
    expect(totals.overdue.toFixed(2)).toBe("499999.80");

    const events = await db().auditEvent.findMany({ where: { entityType: { in: ["Commitment", "Instalment", "Receipt"] }, actorId: officer.userId } });
    expect(events.map((e) => e.entityType).sort()).toEqual(["Commitment", "Instalment", "Instalment", "Instalment", "Receipt", "Receipt"]);
    expect(JSON.stringify(events.find((e) => e.entityType === "Commitment")?.changes)).toContain("USD 1,000,000.10");
  });

  it("a receipt larger than its instalment is accepted and flagged", async () => {
    await createCommitment(officer, agreementId, commitment({ description: "overpaid", amount: "100.00", currency: "EUR" }));
    const commitmentId = await commitmentIdOf("overpaid");
    await addInstalment(officer, { commitmentId, dueOn: "2026-06-30", instalmentAmount: "100.00", condition: "" });
    const instalment = await db().instalment.findFirstOrThrow({ where: { commitmentId } });
    expect(await recordReceipt(officer, { instalmentId: instalment.id, receivedOn: "2026-07-01", receiptAmount: "80.00", reference: "" }, TODAY)).toMatchObject({ ok: true, overBy: null });
    expect(await recordReceipt(officer, { instalmentId: instalment.id, receivedOn: "2026-07-02", receiptAmount: "45.50", reference: "" }, TODAY)).toMatchObject({ ok: true, overBy: "EUR 25.50" });
  });

  it("currencies are never added together", async () => {
    await createCommitment(officer, agreementId, commitment({ description: "in yen", amount: "5000000", currency: "JPY", organisationId: otherDonor }));
    const totals = totalsByCurrency(await commitmentsOfAgreement(officer, agreementId), TODAY);
    expect(totals.map((t) => t.currency)).toEqual(["EUR", "JPY", "USD"]);
    expect(totals.find((t) => t.currency === "JPY")!.committed.toFixed(2)).toBe("5000000.00");
  });
});

describe("bad input", () => {
  it("is refused beside the field, and nothing is written", async () => {
    const before = await counts();
    const cases: [Partial<Record<string, string>>, string][] = [
      [{ amount: "" }, "amount"],
      [{ amount: "0.00" }, "amount"],
      [{ amount: "-5" }, "amount"],
      [{ amount: "12.345" }, "amount"],
      [{ amount: "1e6" }, "amount"],
      [{ currency: "XYZ" }, "currency"],
      [{ currency: "" }, "currency"],
      [{ committedOn: "2026-02-31" }, "committedOn"],
      [{ organisationId: stranger }, "organisationId"], // an organisation, but no party of the agreement
      [{ organisationId: "no-such-organisation" }, "organisationId"],
      [{ projectId: "no-such-project" }, "projectId"],
    ];
    for (const [fields, field] of cases) {
      const result = await createCommitment(officer, agreementId, commitment(fields));
      expect(result.ok, JSON.stringify(fields)).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), JSON.stringify(fields)).toContain(field);
    }
    const commitmentId = await commitmentIdOf("exact");
    const instalment = await db().instalment.findFirstOrThrow({ where: { commitmentId } });
    for (const [values, field] of [
      [{ commitmentId, dueOn: "", instalmentAmount: "10", condition: "" }, "dueOn"],
      [{ commitmentId, dueOn: "2026-01-01", instalmentAmount: "0", condition: "" }, "instalmentAmount"],
      [{ commitmentId: "no-such-commitment", dueOn: "2026-01-01", instalmentAmount: "10", condition: "" }, "commitmentId"],
    ] as const) {
      const result = await addInstalment(officer, values);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    }
    for (const [values, field] of [
      [{ instalmentId: instalment.id, receivedOn: "2026-12-02", receiptAmount: "10", reference: "" }, "receivedOn"], // tomorrow
      [{ instalmentId: instalment.id, receivedOn: "2026-11-30", receiptAmount: "abc", reference: "" }, "receiptAmount"],
      [{ instalmentId: "no-such-instalment", receivedOn: "2026-11-30", receiptAmount: "10", reference: "" }, "instalmentId"],
    ] as const) {
      const result = await recordReceipt(officer, values, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it("the database itself refuses an amount that is not positive", async () => {
    const commitmentId = await commitmentIdOf("exact");
    // In a transaction, as the app writes (see the closing note on constraint errors outside one on the embedded database).
    await expect(db().$transaction((tx) => tx.instalment.create({ data: { commitmentId, dueOn: day("2026-01-01"), amount: "-1.00" } }))).rejects.toThrow(/Instalment_amount_positive/);
    expect(await db().instalment.count({ where: { commitmentId } })).toBe(3);
  });

  it("nothing can be recorded under an archived agreement", async () => {
    const archived = await db().agreement.create({
      data: { reference: "TEST/FUNDING/ARCHIVED", title: "Archived", instrument: "MOU", modality: "BILATERAL", archived: true, parties: { create: [{ organisationId: donor, role: "FUNDING" }] } },
    });
    const result = await createCommitment(officer, archived.id, commitment());
    expect(inEnglish(result)).toMatchObject({ ok: false, message: expect.stringMatching(/archived/) });
  });
});

describe("who may do what", () => {
  it("administrators and officers write; managers and partners are refused by the policy, writing nothing", async () => {
    const commitmentId = await commitmentIdOf("exact");
    const instalment = await db().instalment.findFirstOrThrow({ where: { commitmentId } });
    const receipt = await db().receipt.findFirstOrThrow({ where: { instalmentId: instalment.id } });
    for (const viewer of [manager, donorUser, beneficiaryUser]) {
      const before = await counts();
      expect(inEnglish(await createCommitment(viewer, agreementId, commitment()))).toMatchObject({ ok: false, denied: true });
      expect(inEnglish(await addInstalment(viewer, { commitmentId, dueOn: "2027-01-01", instalmentAmount: "1", condition: "" }))).toMatchObject({ ok: false, denied: true });
      expect(inEnglish(await recordReceipt(viewer, { instalmentId: instalment.id, receivedOn: "2026-11-01", receiptAmount: "1", reference: "" }, TODAY))).toMatchObject({ ok: false, denied: true });
      for (const [subject, id] of [["Commitment", commitmentId], ["Instalment", instalment.id], ["Receipt", receipt.id]] as const) {
        expect(inEnglish(await setFundingArchived(viewer, subject, id, 1, true))).toMatchObject({ ok: false, denied: true });
      }
      expect(await counts()).toEqual(before);
    }
    expect((await createCommitment(admin, agreementId, commitment({ description: "by the admin" }))).ok).toBe(true);
  });

  it("a partner sees its own commitments and receipts, nobody else's, even on the same agreement", async () => {
    const own = await commitmentsOfAgreement(donorUser, agreementId);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.organisation.id === donor)).toBe(true);
    expect((await commitmentsOfAgreement(otherDonorUser, agreementId)).map((c) => c.description)).toEqual(["in yen"]);
    expect(await commitmentsOfAgreement(beneficiaryUser, agreementId)).toEqual([]);
    // Partners get no organisation-wide view and no export.
    expect(await commitmentsOfOrganisation(donorUser, donor)).toEqual([]);
    expect(await exportFunding(donorUser, {})).toBeNull();
    // Staff see everyone's.
    expect(new Set((await commitmentsOfAgreement(manager, agreementId)).map((c) => c.organisation.id))).toEqual(new Set([donor, otherDonor]));
  });

  it("archiving is version-guarded: the second of two archives of one version is told who changed it", async () => {
    await createCommitment(officer, agreementId, commitment({ description: "to archive", amount: "1" }));
    const id = await commitmentIdOf("to archive");
    expect((await setFundingArchived(officer, "Commitment", id, 1, true)).ok).toBe(true);
    const second = await setFundingArchived(admin, "Commitment", id, 1, true);
    expect(inEnglish(second)).toMatchObject({ ok: false, conflict: { changes: { archived: [false, true] } } });
    expect((await commitmentsOfAgreement(officer, agreementId)).some((c) => c.id === id)).toBe(false);
  });
});

describe("what needs attention, the lists and the dashboard", () => {
  it("an overdue instalment needs attention, with what remains of it, until it is received", async () => {
    await db().agreement.update({ where: { id: agreementId }, data: { responsibleOfficerId: officer.userId } });
    const items = (await attention(TODAY, { officerId: officer.userId })).items.filter((i) => i.kind === "instalment-overdue");
    expect(items.map((i) => say("en", i.title))).toContain("Donor Government: USD 499,999.80 outstanding");
    expect(items.map((i) => say("fr", i.title))).toContain("Donor Government\u00a0: 499\u202f999,80\u00a0USD restant dû");
    expect(items.every((i) => i.href === `/agreements/${agreementId}#funding`)).toBe(true);

    const september = await db().instalment.findFirstOrThrow({ where: { dueOn: day("2026-09-30"), commitment: { description: "exact" } } });
    await recordReceipt(officer, { instalmentId: september.id, receivedOn: "2026-11-20", receiptAmount: "499999.80", reference: "" }, TODAY);
    const after = (await attention(TODAY, { officerId: officer.userId })).items.filter((i) => i.kind === "instalment-overdue");
    expect(after.map((i) => say("en", i.title))).not.toContain("Donor Government: USD 499,999.80 outstanding");
  });

  it("the dashboard's funding totals are the agreement pages' totals, and its overdue count is the list's", async () => {
    await addInstalment(officer, { commitmentId: await commitmentIdOf("in yen"), dueOn: "2026-10-01", instalmentAmount: "2500000", condition: "" });
    const figures = await dashboard(manager, {}, TODAY);
    const agreements = await db().agreement.findMany({ where: { archived: false }, select: { id: true } });
    const pages = (await Promise.all(agreements.map((a) => commitmentsOfAgreement(manager, a.id)))).flat();
    const expected = totalsByCurrency(pages, TODAY).map((t) => [t.currency, t.committed.toFixed(2), t.received.toFixed(2), t.outstanding.toFixed(2), t.overdue.toFixed(2)]);
    expect(figures!.funding.totals.map((t) => [t.currency, t.committed.toFixed(2), t.received.toFixed(2), t.outstanding.toFixed(2), t.overdue.toFixed(2)])).toEqual(expected);
    const list = await listAgreements(manager, parseAgreementFilters(new URLSearchParams({ instalmentOverdue: "1" })), TODAY);
    expect(figures!.funding.overdueAgreements).toBe(list.total);
    expect(list.total).toBe(1);
    expect(figures!.funding.totals.find((t) => t.currency === "JPY")!.overdue.toFixed(2)).toBe("2500000.00");
  });
});

describe("a commitment typed with its schedule", () => {
  const schedule = (...rows: [string, string, string?][]) => rows.map(([dueOn, amount, condition = ""]) => ({ dueOn, amount, condition }));

  it("records the commitment and its instalments in one submission, exactly; a schedule over the commitment or a bad row writes nothing", async () => {
    const before = await counts();
    const over = await createCommitment(officer, agreementId, { ...commitment({ description: "scheduled", amount: "100.00" }), schedule: schedule(["2027-01-31", "60.00"], ["2027-06-30", "40.01"]) });
    expect(inEnglish(over)).toMatchObject({ ok: false, fieldErrors: { schedule: expect.stringContaining("0.01 more than the commitment") } });
    const badRow = await createCommitment(officer, agreementId, { ...commitment({ description: "scheduled" }), schedule: schedule(["2027-01-31", "10"], ["", "5"]) });
    expect(inEnglish(badRow)).toMatchObject({ ok: false, fieldErrors: { "schedule.1.dueOn": expect.any(String) } });
    expect(await counts()).toEqual(before);

    const saved = await createCommitment(officer, agreementId, {
      ...commitment({ description: "scheduled", amount: "100.00" }),
      schedule: schedule(["2027-01-31", "59.99", "On signature"], ["2027-06-30", "40.01"]),
    });
    expect(saved).toEqual({ ok: true, id: agreementId });
    const commitmentId = await commitmentIdOf("scheduled");
    const rows = await db().instalment.findMany({ where: { commitmentId }, orderBy: { dueOn: "asc" } });
    expect(rows.map((r) => [r.dueOn.toISOString().slice(0, 10), r.amount.toFixed(2), r.condition])).toEqual([
      ["2027-01-31", "59.99", "On signature"],
      ["2027-06-30", "40.01", null],
    ]);
    expect(await db().auditEvent.count({ where: { entityType: "Instalment", entityId: { in: rows.map((r) => r.id) } } })).toBe(2);
    // Less than the commitment is fine: the rest is scheduled later, and the page says what is left.
    expect((await createCommitment(officer, agreementId, { ...commitment({ description: "part scheduled", amount: "100.00" }), schedule: schedule(["2027-01-31", "25"]) })).ok).toBe(true);
  });

  it("a party that is not yet a funding party becomes one on recording its commitment, which moves the agreement's version", async () => {
    const ilo = await makeOrganisation("Implementing Office");
    const { id, version } = await db().agreement.create({
      data: {
        reference: "TEST/FUNDING/ROLES",
        title: "A signatory that funds",
        instrument: "MOU",
        modality: "BILATERAL",
        status: "ACTIVE",
        parties: { create: [{ organisationId: ilo.id, role: "SIGNATORY" }, { organisationId: beneficiary, role: "SIGNATORY" }] },
      },
    });
    expect((await createCommitment(officer, id, commitment({ organisationId: beneficiary, description: "from a signatory" }))).ok).toBe(true);
    const roles = await db().agreementParty.findMany({ where: { agreementId: id, organisationId: beneficiary }, orderBy: { role: "asc" } });
    expect(roles.map((r) => r.role).sort()).toEqual(["FUNDING", "SIGNATORY"]);
    const agreement = await db().agreement.findUniqueOrThrow({ where: { id } });
    expect(agreement.version).toBe(version + 1);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: id, action: "update" } });
    expect(event.changes).toEqual({ fundingParty: [null, "Beneficiary Ministry"] });
    // A second commitment from the same funder changes no role and no version.
    expect((await createCommitment(officer, id, commitment({ organisationId: beneficiary, description: "again" }))).ok).toBe(true);
    expect((await db().agreement.findUniqueOrThrow({ where: { id } })).version).toBe(version + 1);
    expect(await db().agreementParty.count({ where: { agreementId: id, organisationId: beneficiary } })).toBe(2);
  });
});
