import { beforeAll, describe, expect, it } from "vitest";
import { SIGNED_BEFORE, createAgreement, setAgreementArchived, updateAgreement } from "@/lib/agreements/mutations";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { listAgreements } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { createOffice, updateOffice } from "@/lib/offices/mutations";
import type { Viewer } from "@/lib/policy";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

let officer: Viewer;
let officer2: Viewer;
let manager: Viewer;
let partner: Viewer;
let ilo: string;
let asean: string;

beforeAll(async () => {
  ilo = (await makeOrganisation("International Labour Organization")).id;
  asean = (await makeOrganisation("Association of Southeast Asian Nations")).id;
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  partner = viewerOf(await makeUser("PARTNER", { organisationId: asean }));
});

let counter = 0;
function mou(overrides: Partial<AgreementFormValues> = {}): AgreementFormValues {
  counter += 1;
  return {
    reference: `RUP/TEST/${counter}`,
    title: "ILO/ASEAN MOU on labour migration",
    instrument: "MOU",
    modality: "INSTITUTIONAL",
    status: "ACTIVE",
    signedOn: "2026-01-15",
    effectiveOn: "2026-02-01",
    expiresOn: "2030-01-31",
    meetingCycleMonths: "12",
    countries: "th, VN",
    themeIds: [],
    contributionAmount: "1,250,000.50",
    contributionCurrency: "usd",
    summary: "",
    responsibleOfficerId: "",
    parties: [
      { organisationId: ilo, role: "SIGNATORY" },
      { organisationId: asean, role: "SIGNATORY" },
    ],
    signedBefore: true, // recorded as already signed (active); the drafts say otherwise
    ...overrides,
  };
}

async function create(values = mou()) {
  const result = await createAgreement(officer, values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db().agreement.findUniqueOrThrow({ where: { id: result.id }, include: { parties: true } });
}

describe("creating an agreement", () => {
  it("starts unsigned unless the officer says it was signed before it was recorded here, which its activity then says", async () => {
    for (const status of ["ACTIVE", "EXPIRED", "TERMINATED"] as const) {
      const refused = await createAgreement(officer, mou({ status, signedBefore: false }));
      expect(inEnglish(refused)).toMatchObject({ ok: false, fieldErrors: { status: expect.stringContaining("Signed before it was recorded here") } });
    }
    expect(await db().agreement.count({ where: { reference: { startsWith: "RUP/TEST/" }, title: "ILO/ASEAN MOU on labour migration", status: { not: "ACTIVE" } } })).toBe(0);
    const draft = await create(mou({ status: "DRAFT", signedOn: "", signedBefore: false }));
    expect((await db().auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "create" } })).reason).toBeNull();
    const signed = await create(mou({ signedBefore: true }));
    expect(signed.clearance).toBe("NOT_SUBMITTED");
    expect((await db().auditEvent.findFirstOrThrow({ where: { entityId: signed.id, action: "create" } })).reason).toBe(SIGNED_BEFORE);
  });

  it("records an MOU with two parties, exact money and calendar dates, and its audit event", async () => {
    const agreement = await create();
    expect(agreement.parties).toHaveLength(2);
    expect(agreement.contributionAmount?.toFixed(2)).toBe("1250000.50");
    expect(agreement.contributionCurrency).toBe("USD");
    expect(agreement.countries).toEqual(["TH", "VN"]);
    expect(agreement.expiresOn?.toISOString()).toBe("2030-01-31T00:00:00.000Z");
    const [event] = await db().auditEvent.findMany({ where: { entityId: agreement.id } });
    expect(event).toMatchObject({ action: "create", actorId: officer.userId });
    expect((event.changes as Record<string, unknown>).parties).toEqual([
      null,
      ["Association of Southeast Asian Nations (Signatory)", "International Labour Organization (Signatory)"],
    ]);
  });

  it("refuses managers and partners, and writes nothing", async () => {
    const before = await db().agreement.count();
    expect(inEnglish(await createAgreement(manager, mou()))).toMatchObject({ ok: false, message: "You may not create agreements." });
    expect(inEnglish(await createAgreement(partner, mou()))).toMatchObject({ ok: false });
    expect(await db().agreement.count()).toBe(before);
  });

  it.each([
    [{ reference: "  " }, "reference", "Give the agreement a reference code."],
    [{ title: "" }, "title", "Give the agreement a title."],
    [{ expiresOn: "2025-12-31" }, "expiresOn", "The expiry date is before the agreement takes effect."],
    [{ expiresOn: "2026-02-30" }, "expiresOn", "Enter a date as YYYY-MM-DD."],
    [{ countries: "TH, XX" }, "countries", "Not ISO 3166-1 country codes: XX."],
    [{ contributionAmount: "12.345" }, "contributionAmount", "Enter an amount such as 1250000.00 (no more than 2 decimals)."],
    [{ contributionCurrency: "" }, "contributionCurrency", "Give the contribution's currency."],
    [{ contributionCurrency: "XYZ" }, "contributionCurrency", "Enter an ISO 4217 currency code such as USD."],
    [{ meetingCycleMonths: "0" }, "meetingCycleMonths", "Enter a whole number from 1 to 60."],
    [{ status: "SIGNED" as never }, "status", "Choose a status."],
    [{ title: "MOU\u0000" }, "title", "Remove the control characters."],
  ])("refuses %o with a message beside the field, writing nothing", async (overrides, field, message) => {
    const before = await db().agreement.count();
    const result = await createAgreement(officer, mou(overrides));
    expect(inEnglish(result)).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect(await db().agreement.count()).toBe(before);
  });

  it("needs two parties that exist, each role once", async () => {
    const one = await createAgreement(officer, mou({ parties: [{ organisationId: ilo, role: "SIGNATORY" }] }));
    expect(inEnglish(one)).toMatchObject({ ok: false, fieldErrors: { parties: "An agreement has at least two parties." } });
    const ghost = await createAgreement(officer, mou({ parties: [{ organisationId: ilo, role: "SIGNATORY" }, { organisationId: "nope", role: "FUNDING" }] }));
    expect(inEnglish(ghost)).toMatchObject({ ok: false, fieldErrors: { "parties.1.organisationId": "This organisation does not exist or is archived." } });
    const twice = await createAgreement(officer, mou({ parties: [{ organisationId: ilo, role: "SIGNATORY" }, { organisationId: ilo, role: "SIGNATORY" }] }));
    expect(inEnglish(twice)).toMatchObject({ ok: false, fieldErrors: { "parties.1.organisationId": "This organisation already has this role." } });
  });

  it("refuses a reference that another agreement has", async () => {
    const first = await create();
    const result = await createAgreement(officer, mou({ reference: first.reference }));
    expect(inEnglish(result)).toMatchObject({ ok: false, fieldErrors: { reference: "Another agreement already has this reference." } });
  });
});

describe("editing an agreement", () => {
  it("saves the change, moves the version on, and audits only the fields that changed", async () => {
    const agreement = await create();
    const result = await updateAgreement(officer, agreement.id, 1, mou({ reference: agreement.reference, title: "Renamed MOU" }));
    expect(result).toEqual({ ok: true, id: agreement.id });
    const saved = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(saved).toMatchObject({ title: "Renamed MOU", version: 2 });
    const update = await db().auditEvent.findFirstOrThrow({ where: { entityId: agreement.id, action: "update" } });
    expect(update.changes).toEqual({ title: ["ILO/ASEAN MOU on labour migration", "Renamed MOU"] });
  });

  it("refuses the second of two officers who opened the same version, saying who changed it, and keeps the first's change", async () => {
    const agreement = await create();
    const values = mou({ reference: agreement.reference });
    expect((await updateAgreement(officer, agreement.id, 1, { ...values, title: "Officer one's title" })).ok).toBe(true);
    const second = await updateAgreement(officer2, agreement.id, 1, { ...values, title: "Officer two's title" });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(inEnglish(second.message)).toContain(`changed by ${officer.name} at`);
    expect(inEnglish(second.message)).toContain("Nothing was saved");
    expect(second.conflict?.changes.title).toEqual(["ILO/ASEAN MOU on labour migration", "Officer one's title"]);
    expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).title).toBe("Officer one's title");
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const agreement = await create();
    const values = mou({ reference: agreement.reference });
    const results = await Promise.all([
      updateAgreement(officer, agreement.id, 1, { ...values, title: "A" }),
      updateAgreement(officer2, agreement.id, 1, { ...values, title: "B" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const saved = await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(saved.version).toBe(2);
    expect(await db().auditEvent.count({ where: { entityId: agreement.id, action: "update" } })).toBe(1);
  });

  it("moves the status only along allowed transitions", async () => {
    const agreement = await create(mou({ status: "EXPIRED" }));
    const result = await updateAgreement(officer, agreement.id, 1, mou({ reference: agreement.reference, status: "ACTIVE" }));
    expect(inEnglish(result)).toMatchObject({ ok: false, fieldErrors: { status: expect.stringContaining("cannot move from expired to active") } });
    const draft = await create(mou({ status: "DRAFT" }));
    expect((await updateAgreement(officer, draft.id, 1, mou({ reference: draft.reference, status: "UNDER_NEGOTIATION" }))).ok).toBe(true);
  });

  it("refuses managers and partners, and changes nothing", async () => {
    const agreement = await create();
    for (const viewer of [manager, partner]) {
      expect((await updateAgreement(viewer, agreement.id, 1, mou({ reference: agreement.reference, title: "x" }))).ok).toBe(false);
    }
    expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).version).toBe(1);
  });
});

describe("archiving", () => {
  it("archives and restores with audit events; an archived agreement cannot be edited", async () => {
    const agreement = await create();
    expect((await setAgreementArchived(manager, agreement.id, 1, true)).ok).toBe(false);
    expect((await setAgreementArchived(officer, agreement.id, 1, true)).ok).toBe(true);
    expect(inEnglish(await updateAgreement(officer, agreement.id, 2, mou({ reference: agreement.reference })))).toMatchObject({
      ok: false,
      message: "This agreement is archived: restore it before changing it.",
    });
    expect((await setAgreementArchived(officer, agreement.id, 2, false)).ok).toBe(true);
    const actions = await db().auditEvent.findMany({ where: { entityId: agreement.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["create", "archive", "restore"]);
    expect(await db().agreement.count({ where: { id: agreement.id } })).toBe(1); // never deleted
  });
});

describe("renewing", () => {
  it("links an expired agreement and its successor both ways, with an audit event on the old one", async () => {
    const old = await create(mou({ status: "EXPIRED" }));
    const result = await createAgreement(officer, mou({ renewsId: old.id, status: "DRAFT" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const linked = await db().agreement.findUniqueOrThrow({ where: { id: old.id }, include: { renewedBy: true } });
    expect(linked.renewedBy?.id).toBe(result.id);
    expect(linked.version).toBe(2);
    expect((await db().agreement.findUniqueOrThrow({ where: { id: result.id }, include: { renews: true } })).renews?.id).toBe(old.id);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: old.id, action: "update" } });
    expect(Object.keys(event.changes as object)).toEqual(["renewedBy"]);
  });

  it("refuses a second renewal of the same agreement and writes nothing, not even the new agreement", async () => {
    const old = await create(mou({ status: "ACTIVE" }));
    expect((await createAgreement(officer, mou({ renewsId: old.id }))).ok).toBe(true);
    const before = await db().agreement.count();
    const second = await createAgreement(officer2, mou({ renewsId: old.id }));
    expect(inEnglish(second)).toMatchObject({ ok: false, message: expect.stringContaining("renewed or archived meanwhile") });
    expect(await db().agreement.count()).toBe(before);
  });

  it("a draft cannot be renewed", async () => {
    const draft = await create(mou({ status: "DRAFT" }));
    expect((await createAgreement(officer, mou({ renewsId: draft.id }))).ok).toBe(false);
  });
});

describe("an agreement's office", () => {
  it("is the recorder's office unless chosen; a closed office takes no new agreement but keeps its own; a move is audited; lists filter by an office and those below it", async () => {
    const admin = viewerOf(await makeUser("ADMIN"));
    const region = await createOffice(admin, { name: "Region", city: "", parentId: "", closed: false });
    if (!region.ok) throw new Error("no office");
    const country = await createOffice(admin, { name: "Country", city: "", parentId: region.id, closed: false });
    if (!country.ok) throw new Error("no office");
    const inCountry: Viewer = { ...officer, officeId: country.id };

    const mine = await createAgreement(inCountry, mou());
    if (!mine.ok) throw new Error(JSON.stringify(mine));
    expect((await db().agreement.findUniqueOrThrow({ where: { id: mine.id } })).officeId).toBe(country.id);
    const chosen = await createAgreement(inCountry, mou({ officeId: region.id }));
    if (!chosen.ok) throw new Error(JSON.stringify(chosen));
    expect((await db().agreement.findUniqueOrThrow({ where: { id: chosen.id } })).officeId).toBe(region.id);

    // Lists: the region's filter holds the country office's agreement too; the country's only its own.
    const listed = async (office: string) => (await listAgreements(officer, parseAgreementFilters({ office }))).rows.map((r) => r.id);
    expect(await listed(region.id)).toEqual(expect.arrayContaining([mine.id, chosen.id]));
    expect(await listed(country.id)).toEqual([mine.id]);

    const office = await db().office.findUniqueOrThrow({ where: { id: country.id } });
    expect(await updateOffice(admin, country.id, office.version, { name: "Country", city: "", parentId: region.id, closed: true })).toMatchObject({ ok: true });
    expect(inEnglish(await createAgreement(inCountry, mou({ officeId: country.id })))).toMatchObject({ ok: false, fieldErrors: { officeId: "That office is closed: it takes no new records." } });
    // Its own agreement keeps the closed office when edited; moving it away is audited.
    const kept = await db().agreement.findUniqueOrThrow({ where: { id: mine.id } });
    expect(await updateAgreement(officer, mine.id, kept.version, mou({ reference: kept.reference, officeId: country.id }))).toMatchObject({ ok: true });
    expect(await updateAgreement(officer, mine.id, kept.version + 1, mou({ reference: kept.reference, officeId: region.id }))).toMatchObject({ ok: true });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: mine.id, action: "update" }, orderBy: { id: "desc" } });
    expect(event.changes).toMatchObject({ office: ["Country", "Region"] });
  });
});
