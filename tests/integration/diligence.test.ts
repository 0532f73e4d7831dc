// Due diligence and sanctions screening: an assessment recorded by an officer and approved by
// someone else, the clearance it unlocks (and what blocks it), the UN list imported in its published
// XML shape and screened with PostgreSQL's trigram similarity, marks that are audited, a renamed
// partner screened again, and none of it visible to partners.
import { beforeAll, describe, expect, it } from "vitest";
import { decideClearance } from "@/lib/clearance/mutations";
import { attention } from "@/lib/attention/queries";
import { db } from "@/lib/db";
import { addSource, approveAssessment, recordAssessment, setValidityYears } from "@/lib/diligence/mutations";
import { diligenceOfPartner, diligenceOverview, diligenceSetup } from "@/lib/diligence/queries";
import { today } from "@/lib/domain/format";
import { say } from "@/lib/i18n/say";
import { updatePartner } from "@/lib/partners/mutations";
import { partnerForEdit } from "@/lib/partners/queries";
import type { Viewer } from "@/lib/policy";
import { decideMatch, importSanctionsList } from "@/lib/sanctions/mutations";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

let admin: Viewer, officer: Viewer, manager: Viewer, partner: Viewer;
const as = async (email: string) => viewerOf(await db().user.findUniqueOrThrow({ where: { email } }));
const orgNamed = (name: string) => db().organisation.findFirstOrThrow({ where: { name } });

/** A list file in the UN's published shape, with invented entities only. */
function listXml(entities: { ref: string; name: string; aliases?: string[] }[], generated = "2026-11-30T00:00:00") {
  const body = entities
    .map(
      (e, i) => `<ENTITY><DATAID>${9000 + i}</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>${e.name}</FIRST_NAME><UN_LIST_TYPE>DEMO</UN_LIST_TYPE><REFERENCE_NUMBER>${e.ref}</REFERENCE_NUMBER><LISTED_ON>2020-01-01</LISTED_ON>${(e.aliases ?? []).map((a) => `<ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>${a}</ALIAS_NAME></ENTITY_ALIAS>`).join("")}<ENTITY_ADDRESS><COUNTRY>Nowhere</COUNTRY></ENTITY_ADDRESS></ENTITY>`,
    )
    .join("");
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="${generated}"><INDIVIDUALS/><ENTITIES>${body}</ENTITIES></CONSOLIDATED_LIST>`);
}

async function draftWith(organisationId: string) {
  const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
  return db().agreement.create({
    data: {
      reference: `TEST/DD/${Math.random().toString(36).slice(2, 8)}`,
      title: "Draft with a company",
      instrument: "PPP_AGREEMENT",
      modality: "PUBLIC_PRIVATE",
      status: "DRAFT",
      clearance: "SUBMITTED",
      parties: { create: [{ organisationId: ilo.id, role: "SIGNATORY" }, { organisationId, role: "FUNDING" }] },
    },
  });
}

const assessment = { assessedOn: "2026-11-20", sourcesChecked: ["UN Security Council sanctions list", "Financial standing"], findings: "No listing; audited accounts for three years.", risk: "LOW" as const, decision: "ENGAGE" as const, mitigations: "", validUntil: "" };

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  [admin, officer, manager, partner] = await Promise.all(["admin@example.org", "officer@example.org", "manager@example.org", "japan@example.org"].map(as));
}, 120_000);

describe("the demo", () => {
  it("has BP assessed and approved at low risk, a company whose assessment expired, and a false match resolved with a note", async () => {
    const bp = await diligenceOfPartner(officer, (await orgNamed("BP Indonesia")).id);
    expect(bp).toMatchObject({ standing: "CURRENT", current: { risk: "LOW", decision: "ENGAGE" } });
    expect(bp!.matches).toEqual([expect.objectContaining({ state: "FALSE_MATCH", listedName: "BP INDONESIA SHIPPING", note: expect.stringContaining("Not BP Indonesia") })]);
    expect((await diligenceOfPartner(officer, (await orgNamed("Mekong Apparel Co., Ltd. (invented)")).id))!.standing).toBe("EXPIRED");
    expect((await diligenceOverview(manager))!.byRisk.LOW.map((p) => p.name)).toEqual(["BP Indonesia"]);
  });

  it("shows partners none of it", async () => {
    const bp = await orgNamed("BP Indonesia");
    expect(await diligenceOfPartner(partner, bp.id)).toBeNull();
    expect(await diligenceOverview(partner)).toBeNull();
    expect(await diligenceSetup(officer)).toBeNull();
    expect(inEnglish(await recordAssessment(partner, bp.id, assessment))).toMatchObject({ ok: false, denied: true });
  });
});

describe("an agreement with a company", () => {
  it("cannot be cleared without a current approved assessment allowing engagement; can once one is approved by someone else", async () => {
    const company = await db().organisation.create({ data: { name: "Harbour Lights Trading (test)", kind: "PRIVATE_COMPANY", country: "TH" } });
    const draft = await draftWith(company.id);
    const refused = await decideClearance(manager, draft.id, 1, "clear", "");
    expect(inEnglish(refused)).toMatchObject({ ok: false, message: expect.stringContaining("Harbour Lights Trading (test) needs a current, approved due-diligence assessment") });

    expect(inEnglish(await recordAssessment(manager, company.id, assessment))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await recordAssessment(officer, company.id, { ...assessment, decision: "ENGAGE_WITH_MITIGATION" }))).toMatchObject({ ok: false, fieldErrors: { mitigations: expect.any(String) } });
    expect(inEnglish(await recordAssessment(officer, company.id, { ...assessment, sourcesChecked: [] }))).toMatchObject({ ok: false, fieldErrors: { sourcesChecked: expect.any(String) } });
    const recorded = await recordAssessment(officer, company.id, assessment);
    expect(recorded.ok).toBe(true);
    const id = (recorded as { id: string }).id;
    // Two years by default.
    expect((await db().diligenceAssessment.findUniqueOrThrow({ where: { id } })).validUntil.toISOString().slice(0, 10)).toBe("2028-11-20");
    expect((await decideClearance(manager, draft.id, 1, "clear", "")).ok).toBe(false); // not approved yet

    expect(inEnglish(await approveAssessment(officer, id, 1))).toMatchObject({ ok: false, denied: true });
    const adminAssessed = await recordAssessment(admin, company.id, assessment);
    expect(inEnglish(await approveAssessment(admin, (adminAssessed as { id: string }).id, 1))).toMatchObject({ ok: false, message: expect.stringContaining("other than its assessor") });
    expect(await approveAssessment(manager, id, 1)).toEqual({ ok: true, id });
    expect(inEnglish(await approveAssessment(admin, id, 1))).toMatchObject({ ok: false }); // already approved
    const audit = await db().auditEvent.findMany({ where: { entityType: "DiligenceAssessment", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["create", "update"]);

    expect(await decideClearance(manager, draft.id, 1, "clear", "")).toEqual({ ok: true, id: draft.id });
  });

  it("is blocked by an assessment that decided not to engage, however current", async () => {
    const company = await db().organisation.create({ data: { name: "Quiet Delta Foundation (test)", kind: "FOUNDATION", country: "VN" } });
    const recorded = await recordAssessment(officer, company.id, { ...assessment, risk: "HIGH", decision: "DO_NOT_ENGAGE" });
    await approveAssessment(manager, (recorded as { id: string }).id, 1);
    const draft = await draftWith(company.id);
    expect(inEnglish(await decideClearance(manager, draft.id, 1, "clear", ""))).toMatchObject({ ok: false, message: expect.stringContaining("decided not to engage") });
  });
});

describe("sanctions screening", () => {
  it("refuses files that are not the list, without a trace", async () => {
    const before = await db().sanctionsList.count();
    for (const bytes of [new TextEncoder().encode("name,alias\nX,Y\n"), new TextEncoder().encode("<LIST><ENTITY/></LIST>"), new Uint8Array([0xff, 0xfe, 0x00, 0x41]), new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&lol2;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>')]) {
      const result = await importSanctionsList(admin, { name: "list.xml", bytes });
      expect(inEnglish(result)).toMatchObject({ ok: false, fieldErrors: { file: expect.any(String) } });
    }
    expect(inEnglish(await importSanctionsList(admin, { name: "list.xml", bytes: new Uint8Array(20 * 1024 * 1024 + 1) }))).toMatchObject({
      ok: false,
      fieldErrors: { file: "The files come to just over 20 MB; the limit is 20 MB. Nothing was stored." },
    });
    expect(inEnglish(await importSanctionsList(officer, { name: "list.xml", bytes: listXml([{ ref: "X.1", name: "X" }]) }))).toMatchObject({ ok: false, denied: true });
    expect(await db().sanctionsList.count()).toBe(before);
  });

  it("finds an alias despite accents and punctuation, misses a dissimilar name, and keeps marks across imports", async () => {
    const accented = await db().organisation.create({ data: { name: "Ngân Hàng Xanh Trading", kind: "PRIVATE_COMPANY", country: "VN" } });
    const unlike = await db().organisation.create({ data: { name: "Harbour Lights Cooperative", kind: "NGO", country: "TH" } });
    const imported = await importSanctionsList(admin, {
      name: "consolidated.xml",
      bytes: listXml([
        { ref: "TEST.01", name: "GREEN RIVER BANK", aliases: ["NGAN HANG XANH - TRADING"] },
        { ref: "TEST.02", name: "NORTHERN SUMMIT HOLDINGS" },
      ]),
    });
    expect(imported).toMatchObject({ ok: true, entities: 2 });
    const found = (await diligenceOfPartner(officer, accented.id))!.matches;
    expect(found).toEqual([expect.objectContaining({ state: "UNRESOLVED", partnerName: "Ngân Hàng Xanh Trading", listedName: "NGAN HANG XANH - TRADING", entity: expect.objectContaining({ reference: "TEST.01" }) })]);
    expect(found[0].score).toBeGreaterThanOrEqual(0.99);
    expect((await diligenceOfPartner(officer, unlike.id))!.matches).toEqual([]);
    // The demo list's entities are no longer listed: BP's false match is out of the way.
    expect((await diligenceOfPartner(officer, (await orgNamed("BP Indonesia")).id))!.matches).toEqual([]);

    // An unresolved match blocks clearance, even with an approved assessment.
    const recorded = await recordAssessment(officer, accented.id, assessment);
    await approveAssessment(manager, (recorded as { id: string }).id, 1);
    const draft = await draftWith(accented.id);
    expect(inEnglish(await decideClearance(manager, draft.id, 1, "clear", ""))).toMatchObject({ ok: false, message: expect.stringContaining("possible sanctions match") });
    expect((await attention(today())).items.some((i) => i.kind === "sanctions-match" && say("en", i.title).startsWith("Ngân Hàng Xanh Trading"))).toBe(true);

    // Marked by an officer, with a note (required), audited; a manager cannot mark.
    const match = found[0];
    expect(inEnglish(await decideMatch(manager, match.id, 1, "FALSE_MATCH", "Different bank."))).toMatchObject({ ok: false, denied: true });
    expect(inEnglish(await decideMatch(officer, match.id, 1, "FALSE_MATCH", "  "))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(await decideMatch(officer, match.id, 1, "FALSE_MATCH", "Different registration number and directors.")).toEqual({ ok: true, id: match.id });
    expect(inEnglish(await decideMatch(officer, match.id, 1, "TRUE_MATCH", "Stale form."))).toMatchObject({ ok: false, conflict: expect.anything() });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "SanctionsMatch", entityId: match.id } });
    expect(event).toMatchObject({ actorId: officer.userId, changes: { state: ["UNRESOLVED", "FALSE_MATCH"], note: [null, "Different registration number and directors."] } });
    expect(await decideClearance(manager, draft.id, 1, "clear", "")).toEqual({ ok: true, id: draft.id });

    // The next import keeps the mark (same reference) and refreshes nothing else.
    await importSanctionsList(admin, { name: "consolidated-2.xml", bytes: listXml([{ ref: "TEST.01", name: "GREEN RIVER BANK", aliases: ["NGAN HANG XANH - TRADING"] }]) });
    expect((await diligenceOfPartner(officer, accented.id))!.matches).toEqual([expect.objectContaining({ id: match.id, state: "FALSE_MATCH" })]);
  });

  it("screens a renamed partner again, keeping its former name", async () => {
    const renamed = await db().organisation.create({ data: { name: "Blue Lotus Ventures", kind: "PRIVATE_COMPANY", country: "LA" } });
    expect((await diligenceOfPartner(officer, renamed.id))!.matches).toEqual([]);
    const form = (await partnerForEdit(officer, renamed.id))!;
    expect(await updatePartner(officer, renamed.id, form.version, { ...form.values, name: "Green River Bank Lao" })).toEqual({ ok: true, id: renamed.id });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: renamed.id } })).formerNames).toEqual(["Blue Lotus Ventures"]);
    expect((await diligenceOfPartner(officer, renamed.id))!.matches).toEqual([expect.objectContaining({ partnerName: "Green River Bank Lao", listedName: "GREEN RIVER BANK", state: "UNRESOLVED" })]);
  });
});

describe("setup and reminders", () => {
  it("lets administrators keep the checklist and the validity, audited", async () => {
    expect(inEnglish(await addSource(officer, "Media search"))).toMatchObject({ ok: false, denied: true });
    expect((await addSource(admin, "Media search")).ok).toBe(true);
    expect(inEnglish(await addSource(admin, "Media search"))).toMatchObject({ ok: false, fieldErrors: { label: expect.any(String) } });
    expect(inEnglish(await setValidityYears(admin, "0"))).toMatchObject({ ok: false, fieldErrors: { years: expect.any(String) } });
    expect((await setValidityYears(admin, "3")).ok).toBe(true);
    const company = await db().organisation.create({ data: { name: "Three Years Co (test)", kind: "PRIVATE_COMPANY", country: "TH" } });
    const recorded = await recordAssessment(officer, company.id, assessment);
    expect((await db().diligenceAssessment.findUniqueOrThrow({ where: { id: (recorded as { id: string }).id } })).validUntil.toISOString().slice(0, 10)).toBe("2029-11-20");
    expect((await diligenceSetup(admin))!.sources.map((s) => s.label)).toContain("Media search");
    expect(await db().auditEvent.count({ where: { entityType: "Setting", entityId: "diligence.validityYears" } })).toBe(1);
  });

  it("names an assessment ending within 90 days of a partner in play", async () => {
    const bp = await orgNamed("BP Indonesia");
    const current = await db().diligenceAssessment.findFirstOrThrow({ where: { organisationId: bp.id, approvedAt: { not: null } } });
    const on = new Date(current.validUntil.getTime() - 30 * 86_400_000);
    const items = (await attention(on)).items.filter((i) => i.kind === "assessment-expiring");
    expect(items.map((i) => i.title)).toContain("BP Indonesia");
    expect((await attention(on, { officerId: officer.userId })).items.some((i) => i.kind === "assessment-expiring")).toBe(false);
  });
});
