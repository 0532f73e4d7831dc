// Custom fields (decision 022): administrators define them, audited, at the version read; records
// hold their values, checked against the definitions by the same schema as the form, saved with the
// record's version guard and audit trail; partners see only the fields marked for them.
import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { createPartner } from "@/lib/partners/mutations";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { agreementForEdit, exportAgreements, findAgreement, listAgreements } from "@/lib/agreements/queries";
import { createCustomField, updateCustomField } from "@/lib/custom-fields/mutations";
import type { CustomFieldFormValues } from "@/lib/custom-fields/schema";
import { db } from "@/lib/db";
import { listRoute } from "@/lib/api/endpoint";
import { createApiToken } from "@/lib/api/tokens";
import { agreements as agreementsEndpoint } from "@/lib/api/resources/agreements";
import { previewImport, runImport } from "@/lib/import/import";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import type { Viewer } from "@/lib/policy";
import { inEnglish } from "../support/english";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";

let admin: Viewer, officer: Viewer, officer2: Viewer, manager: Viewer, partner: Viewer, outsider: Viewer;
let ilo: string, asean: string;

function definition(overrides: Partial<CustomFieldFormValues> = {}): CustomFieldFormValues {
  return { entity: "AGREEMENT", label: "Field", labels: {}, help: "", type: "TEXT", required: false, partnersSee: false, archived: false, sortOrder: "", options: [], newOptions: "", ...overrides };
}

async function define(overrides: Partial<CustomFieldFormValues>) {
  const result = await createCustomField(admin, definition(overrides));
  if (!result.ok) throw new Error(JSON.stringify(inEnglish(result)));
  return db().customField.findUniqueOrThrow({ where: { id: result.id } });
}

/** The definition as its form would send it back, with `changes`. */
async function change(id: string, changes: Partial<CustomFieldFormValues>, as = admin) {
  const f = await db().customField.findUniqueOrThrow({ where: { id } });
  const options = (f.options as { id: string; label: string }[]).map((o) => ({ id: o.id, label: o.label }));
  const values = definition({ entity: f.entity, label: f.label, labels: f.labels as Record<string, string>, help: f.help ?? "", type: f.type, required: f.required, partnersSee: f.partnersSee, archived: f.archived, sortOrder: String(f.sortOrder), options, ...changes });
  return inEnglish(await updateCustomField(as, id, f.version, values));
}

const list = (query: string, viewer = manager) => listAgreements(viewer, parseAgreementFilters(new URLSearchParams(query)));

let counter = 0;
function mou(custom: Record<string, string[]>, overrides: Partial<AgreementFormValues> = {}): AgreementFormValues {
  counter += 1;
  return {
    reference: `CF/${String(counter).padStart(3, "0")}`,
    title: `Agreement with custom fields ${counter}`,
    instrument: "MOU",
    modality: "INSTITUTIONAL",
    status: "DRAFT",
    signedOn: "",
    effectiveOn: "",
    expiresOn: "",
    meetingCycleMonths: "12",
    countries: "TH",
    themeIds: [],
    contributionAmount: "",
    contributionCurrency: "",
    summary: "",
    responsibleOfficerId: "",
    parties: [
      { organisationId: ilo, role: "SIGNATORY" },
      { organisationId: asean, role: "SIGNATORY" },
    ],
    custom,
    ...overrides,
  };
}

let dwcp: Awaited<ReturnType<typeof define>>, legal: Awaited<ReturnType<typeof define>>, focal: Awaited<ReturnType<typeof define>>;
let sdg: Awaited<ReturnType<typeof define>>, compact: Awaited<ReturnType<typeof define>>, site: Awaited<ReturnType<typeof define>>;

beforeAll(async () => {
  ilo = (await makeOrganisation("International Labour Organization")).id;
  asean = (await makeOrganisation("Association of Southeast Asian Nations")).id;
  [admin, officer, officer2, manager] = (await Promise.all((["ADMIN", "OFFICER", "OFFICER", "MANAGER"] as const).map((role) => makeUser(role)))).map(viewerOf);
  partner = viewerOf(await makeUser("PARTNER", { organisationId: asean }));
  outsider = viewerOf(await makeUser("PARTNER", { organisationId: (await makeOrganisation("Elsewhere")).id }));
});

describe("defining fields", () => {
  it("administrators add fields on each kind of record, with a key made of the label, audited", async () => {
    dwcp = await define({ label: "DWCP outcome", type: "ONE_OF", newOptions: "TH 1.1 Safe migration\nTH 2.1 Social protection\nVN 1.2 Skills", labels: { fr: "Effet du PPTD", es: "", ar: "" } });
    legal = await define({ label: "Legal review cleared", type: "DATE" });
    focal = await define({ label: "Partner's focal point", type: "TEXT", partnersSee: true });
    await define({ label: "Budget ceiling", type: "NUMBER" });
    site = await define({ label: "Web page", type: "URL" });
    compact = await define({ entity: "ORGANISATION", label: "UN Global Compact participant", type: "YES_NO" });
    sdg = await define({ entity: "PROJECT", label: "SDG targets", type: "SEVERAL_OF", newOptions: "4.4\n5.5\n8.5\n8.7" });
    expect([dwcp.key, legal.key, focal.key, compact.key, sdg.key]).toEqual(["dwcp_outcome", "legal_review_cleared", "partner_s_focal_point", "un_global_compact_participant", "sdg_targets"]);
    expect(dwcp.labels).toEqual({ fr: "Effet du PPTD" });
    expect((sdg.options as { id: string }[]).map((o) => o.id)).toEqual(["4_4", "5_5", "8_5", "8_7"]);
    // A second field labelled alike on the same record gets a key of its own; on another record, the same key.
    const again = await define({ label: "DWCP outcome", type: "TEXT" });
    expect(again.key).toBe("dwcp_outcome_2");
    expect((await define({ entity: "MEETING", label: "DWCP outcome" })).key).toBe("dwcp_outcome");
    await change(again.id, { archived: true });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "CustomField", entityId: dwcp.id, action: "create" } });
    expect(event.changes).toMatchObject({ label: [null, "DWCP outcome"], type: [null, "ONE_OF"], options: [null, ["TH 1.1 Safe migration", "TH 2.1 Social protection", "VN 1.2 Skills"]] });
  });

  it("refuses everyone but administrators, and bad definitions field by field", async () => {
    for (const viewer of [officer, manager, partner]) {
      expect(inEnglish(await createCustomField(viewer, definition({ label: "Nope" })))).toMatchObject({ ok: false, message: "Only administrators define custom fields." });
      expect(await change(dwcp.id, { label: "Renamed" }, viewer)).toMatchObject({ ok: false, message: "Only administrators define custom fields." });
    }
    expect(inEnglish(await createCustomField(admin, definition({ label: " ", type: "WRONG" as never })))).toMatchObject({
      ok: false,
      fieldErrors: { label: "Give the field a label.", type: "Choose the field's type." },
    });
    expect(inEnglish(await createCustomField(admin, definition({ label: "Choices", type: "ONE_OF" })))).toMatchObject({ fieldErrors: { newOptions: "Give at least one option." } });
    expect(inEnglish(await createCustomField(admin, definition({ label: "Choices", type: "ONE_OF", newOptions: "A\na" })))).toMatchObject({ fieldErrors: { newOptions: "“a” is listed twice." } });
    expect(inEnglish(await createCustomField(admin, definition({ label: "x".repeat(101) })))).toMatchObject({ fieldErrors: { label: "Keep it under 100 characters." } });
    expect(await db().customField.count({ where: { label: { in: ["Nope", "Choices"] } } })).toBe(0);
  });

  it("keeps HTML in a label as words", async () => {
    const field = await define({ entity: "MEETING", label: "<img src=x onerror=alert(1)>" });
    expect(field.label).toBe("<img src=x onerror=alert(1)>");
    expect(field.key).toBe("img_src_x_onerror_alert_1");
  });

  it("fifty fields on one record are all saved and audited in one write", async () => {
    for (let n = 1; n <= 50; n++) await define({ entity: "ORGANISATION", label: `Note ${n}`, type: n % 2 ? "TEXT" : "NUMBER" });
    const custom = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`note_${i + 1}`, [(i + 1) % 2 ? `Remark ${i + 1}` : String(i + 1)]]));
    const result = await createPartner(officer, { name: "Fifty Fields Foundation", acronym: "", kind: "FOUNDATION", country: "", website: "", internalNotes: "", contacts: [], custom });
    expect(result).toMatchObject({ ok: true });
    const saved = await db().organisation.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(Object.keys(saved.customValues as object)).toHaveLength(50);
    expect((saved.customValues as Record<string, unknown>).note_2).toBe(2);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Organisation", entityId: saved.id } });
    expect(Object.keys(event.changes as object).filter((k) => k.startsWith("Note "))).toHaveLength(50);
  });

  it("200 options make a usable list", async () => {
    const many = await define({ entity: "MEETING", label: "District", type: "ONE_OF", newOptions: Array.from({ length: 200 }, (_, i) => `District ${i + 1}`).join("\n") });
    expect((many.options as unknown[]).length).toBe(200);
  });
});

describe("values on an agreement", () => {
  let id: string;

  it("are checked against the definitions: each bad value refused on its own field, nothing saved", async () => {
    const result = inEnglish(
      await createAgreement(
        officer,
        mou({ dwcp_outcome: ["not-an-option"], legal_review_cleared: ["2026-02-31"], budget_ceiling: ["12abc"], web_page: ["javascript:alert(1)"], partner_s_focal_point: ["x".repeat(501)] }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "custom.dwcp_outcome": "Choose from the list.",
        "custom.legal_review_cleared": "Enter a date as YYYY-MM-DD.",
        "custom.budget_ceiling": expect.stringContaining("Enter a number"),
        "custom.web_page": expect.stringContaining("web address"),
        "custom.partner_s_focal_point": "Keep it under 500 characters.",
      },
    });
    expect(await db().agreement.count({ where: { reference: { startsWith: "CF/" } } })).toBe(0);
  });

  it("are stored by key, typed; keys of other fields and unknown keys are dropped", async () => {
    const options = dwcp.options as { id: string }[];
    const result = await createAgreement(
      officer,
      mou({ dwcp_outcome: [options[0].id], legal_review_cleared: ["2026-03-01"], partner_s_focal_point: ["Ms Tran, labour attaché"], budget_ceiling: ["1,250.5"], sdg_targets: ["4_4"], bogus: ["x"] }),
    );
    expect(result).toMatchObject({ ok: true });
    id = (result as { id: string }).id;
    const saved = await db().agreement.findUniqueOrThrow({ where: { id } });
    expect(saved.customValues).toEqual({ dwcp_outcome: options[0].id, legal_review_cleared: "2026-03-01", partner_s_focal_point: "Ms Tran, labour attaché", budget_ceiling: 1250.5 });
    const created = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: id, action: "create" } });
    expect(created.changes).toMatchObject({ "DWCP outcome": [null, "TH 1.1 Safe migration"], "Legal review cleared": [null, "2026-03-01"] });
  });

  it("an edit is audited per field, before and after, and guarded by the version read", async () => {
    const form = (await agreementForEdit(officer, id))!;
    expect(form.values.custom).toMatchObject({ dwcp_outcome: [(dwcp.options as { id: string }[])[0].id], budget_ceiling: ["1250.5"] });
    const edited = { ...form.values.custom, dwcp_outcome: [(dwcp.options as { id: string }[])[2].id], budget_ceiling: [""] };
    expect(await updateAgreement(officer, id, form.version, { ...form.values, custom: edited })).toMatchObject({ ok: true });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: id, action: "update" }, orderBy: { id: "desc" } });
    expect(event.changes).toEqual({ "DWCP outcome": ["TH 1.1 Safe migration", "VN 1.2 Skills"], "Budget ceiling": [1250.5, null] });
    // A second officer's form, opened before that save: refused, naming the change; nothing lost.
    const stale = inEnglish(await updateAgreement(officer2, id, form.version, { ...form.values, custom: { ...form.values.custom, partner_s_focal_point: ["Someone else"] } }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("This agreement was changed by"), conflict: { changes: { "DWCP outcome": ["TH 1.1 Safe migration", "VN 1.2 Skills"] } } });
    expect((await db().agreement.findUniqueOrThrow({ where: { id } })).customValues).toMatchObject({ partner_s_focal_point: "Ms Tran, labour attaché" });
  });

  it("a required field must be given", async () => {
    await change(legal.id, { required: true });
    const result = inEnglish(await createAgreement(officer, mou({})));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "custom.legal_review_cleared": "Fill this in: it is required." } });
    await change(legal.id, { required: false });
  });

  it("partners see only the fields marked for them; staff see all", async () => {
    const forStaff = (await findAgreement(manager, id))!;
    expect(forStaff.customFields.map((f) => f.key)).toEqual(expect.arrayContaining(["dwcp_outcome", "legal_review_cleared", "partner_s_focal_point"]));
    const forPartner = (await findAgreement(partner, id))!;
    expect(forPartner.customFields.map((f) => f.key)).toEqual(["partner_s_focal_point"]);
    expect(forPartner.customValues).toEqual({ partner_s_focal_point: "Ms Tran, labour attaché" });
    expect(await findAgreement(outsider, id)).toBeNull();
  });

  it("an archived field leaves the form and keeps its values through later saves", async () => {
    await change(dwcp.id, { archived: true });
    const form = (await agreementForEdit(officer, id))!;
    const { dwcp_outcome: _, ...withoutArchived } = form.values.custom ?? {};
    void _;
    expect(await updateAgreement(officer, id, form.version, { ...form.values, custom: withoutArchived, title: "Renamed while archived" })).toMatchObject({ ok: true });
    expect((await db().agreement.findUniqueOrThrow({ where: { id } })).customValues).toMatchObject({ dwcp_outcome: (dwcp.options as { id: string }[])[2].id });
    expect((await findAgreement(manager, id))!.customFields.map((f) => f.key)).not.toContain("dwcp_outcome");
    await change(dwcp.id, { archived: false });
  });
});

describe("changing a field that holds values", () => {
  it("renaming the field or its options keeps every value", async () => {
    const options = dwcp.options as { id: string; label: string }[];
    expect(await change(dwcp.id, { label: "Country programme outcome", options: options.map((o, i) => ({ id: o.id, label: i === 2 ? "VN 1.2 Skills for decent work" : o.label })) })).toMatchObject({ ok: true });
    const agreement = (await findAgreement(manager, (await db().agreement.findFirstOrThrow({ where: { reference: { startsWith: "CF/" } } })).id))!;
    const field = agreement.customFields.find((f) => f.key === "dwcp_outcome")!;
    expect(field.label).toBe("Country programme outcome");
    expect(field.options.find((o) => o.id === agreement.customValues.dwcp_outcome)?.label).toBe("VN 1.2 Skills for decent work");
  });

  it("refuses a new type, or removing an option in use, saying why", async () => {
    expect(await change(dwcp.id, { type: "TEXT" })).toMatchObject({ ok: false, fieldErrors: { type: expect.stringContaining("A record holds a value for this field: its type cannot change") } });
    const options = dwcp.options as { id: string; label: string }[];
    expect(await change(dwcp.id, { options: options.map((o, i) => ({ id: o.id, label: i === 2 ? "" : o.label })) })).toMatchObject({
      ok: false,
      fieldErrors: { [`option.${options[2].id}`]: expect.stringContaining("A record holds “VN 1.2 Skills for decent work”") },
    });
    // An option no record holds can go; a field without values may change type.
    expect(await change(dwcp.id, { options: options.map((o, i) => ({ id: o.id, label: i === 1 ? "" : o.label })) })).toMatchObject({ ok: true });
    expect(await change(site.id, { type: "TEXT" })).toMatchObject({ ok: true });
  });

  it("a form opened before another administrator's save is refused", async () => {
    const f = await db().customField.findUniqueOrThrow({ where: { id: focal.id } });
    expect(await change(focal.id, { help: "Name and title" })).toMatchObject({ ok: true });
    const stale = inEnglish(await updateCustomField(admin, focal.id, f.version, definition({ entity: "AGREEMENT", label: "Focal point", type: "TEXT" })));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("This field was changed by") });
    expect((await db().customField.findUniqueOrThrow({ where: { id: focal.id } })).label).toBe("Partner's focal point");
  });
});

describe("lists, filters and exports by custom values", () => {
  const refs = (rows: { reference: string }[]) => rows.map((r) => r.reference).sort();
  let a: string, b: string, c: string;

  beforeAll(async () => {
    const options = (await db().customField.findUniqueOrThrow({ where: { id: dwcp.id } })).options as { id: string }[];
    const make = async (custom: Record<string, string[]>) => {
      const result = await createAgreement(officer, mou(custom));
      if (!result.ok) throw new Error(JSON.stringify(inEnglish(result)));
      return (await db().agreement.findUniqueOrThrow({ where: { id: result.id } })).reference;
    };
    a = await make({ dwcp_outcome: [options[0].id], legal_review_cleared: ["2026-01-10"], budget_ceiling: ["100"], partner_s_focal_point: ["Ms Tran Thi Mai"] });
    b = await make({ dwcp_outcome: [options[0].id], legal_review_cleared: ["2026-06-30"], budget_ceiling: ["2500.75"] });
    c = await make({ legal_review_cleared: ["2027-02-01"], budget_ceiling: ["-5"], partner_s_focal_point: ["mr. TRAN"] });
  });

  it("one of a list, date and number ranges, text contains (any case), combined", async () => {
    const options = (await db().customField.findUniqueOrThrow({ where: { id: dwcp.id } })).options as { id: string }[];
    expect(refs((await list(`cf.dwcp_outcome=${options[0].id}&q=custom`)).rows)).toEqual(expect.arrayContaining([a, b]));
    expect(refs((await list(`cf.dwcp_outcome=${options[0].id}`)).rows)).not.toContain(c);
    const cleared2026 = refs((await list("cf.legal_review_cleared.from=2026-02-01&cf.legal_review_cleared.to=2026-12-31")).rows);
    expect(cleared2026).toContain(b);
    expect(cleared2026).not.toContain(a);
    expect(cleared2026).not.toContain(c);
    expect(refs((await list("cf.budget_ceiling.from=0&cf.budget_ceiling.to=2500.75")).rows)).toEqual([a, b].sort());
    expect(refs((await list("cf.budget_ceiling.to=0")).rows)).toEqual([c]);
    expect(refs((await list("cf.partner_s_focal_point=tran")).rows)).toEqual(expect.arrayContaining([a, c]));
    expect(refs((await list(`cf.partner_s_focal_point=tran&cf.budget_ceiling.from=50`)).rows)).toEqual([a]);
  });

  it("nonsense in the address is ignored, never an error", async () => {
    const all = (await list("")).total;
    for (const query of ["cf.dwcp_outcome=nope", "cf.budget_ceiling.from=abc", "cf.legal_review_cleared.to=2026-02-31", "cf.unknown=1", "cf.DROP%20TABLE=1", "show=../../etc", `cf.x.from=${"9".repeat(500)}`]) {
      expect((await list(query)).total).toBe(all);
    }
  });

  it("the export has a column per field, named by its label, values in words", async () => {
    const filters = parseAgreementFilters(new URLSearchParams(`cf.budget_ceiling.from=2000`));
    const rows = [];
    for await (const row of (await exportAgreements(manager, filters))!) rows.push(row);
    expect(rows.map((r) => r.reference)).toEqual([b]);
    expect(rows[0].customValues).toMatchObject({ budget_ceiling: 2500.75, legal_review_cleared: "2026-06-30" });
  });
});

describe("import, search and the API", () => {
  const csv = (text: string) => ({ name: "agreements.csv", bytes: new TextEncoder().encode(text) });

  it("an import matches columns to fields by label in any language, options by label; a bad value names its row and column", async () => {
    const header = "Reference,Title,Instrument,Modality,Parties,Effet du PPTD,Legal review cleared,Partner's focal point\n";
    const bad = await previewImport(officer, "agreements", csv(`${header}IMP/1,Imported one,MOU,Bilateral,ILO; ASEAN,No such outcome,2026-13-40,Ms Lee\n`));
    expect(bad.ok && inEnglish(bad.preview.rows[0].errors)).toEqual(
      expect.arrayContaining(["Country programme outcome: Choose from the list.", "Legal review cleared: Enter a date as YYYY-MM-DD."]),
    );
    const good = `${header}IMP/2,Imported two,MOU,Bilateral,International Labour Organization; Association of Southeast Asian Nations,th 1.1 safe migration,2026-04-01,Ms Lee Min-ji\n`;
    expect(await runImport(officer, "agreements", csv(good))).toEqual({ ok: true, imported: 1 });
    const imported = await db().agreement.findUniqueOrThrow({ where: { reference: "IMP/2" } });
    expect(imported.customValues).toEqual({ dwcp_outcome: (dwcp.options as { id: string }[])[0].id, legal_review_cleared: "2026-04-01", partner_s_focal_point: "Ms Lee Min-ji" });
  });

  it("search by words finds what is typed into text fields; a partner's words never match a staff-only field", async () => {
    const staffOnly = await define({ label: "Internal remark", type: "LONG_TEXT" });
    const form = (await agreementForEdit(officer, (await db().agreement.findUniqueOrThrow({ where: { reference: "IMP/2" } })).id))!;
    expect(await updateAgreement(officer, form.id, form.version, { ...form.values, custom: { ...form.values.custom, [staffOnly.key]: ["Watch the Kobayashi clause"] } })).toMatchObject({ ok: true });
    expect((await list("q=kobayashi", manager)).rows.map((r) => r.reference)).toEqual(["IMP/2"]);
    expect((await list("q=min-ji", manager)).rows.map((r) => r.reference)).toEqual(["IMP/2"]);
    expect((await list("q=kobayashi", partner)).total).toBe(0);
    expect((await list("q=imported two", partner)).rows.map((r) => r.reference)).toEqual(["IMP/2"]);
  });

  it("the API returns custom_fields by key, partners only theirs; with a token the document describes each field", async () => {
    const call = async (viewer: Viewer) => {
      const created = await createApiToken(viewer, { name: `cf ${viewer.role}`, days: "30" });
      if (!created.ok) throw new Error("no token");
      const response = await listRoute(agreementsEndpoint)(new Request("http://localhost/api/v1/agreements?q=imported", { headers: { authorization: `Bearer ${created.token}` } }));
      const documented = await openApi(new Request("http://localhost/api/v1/openapi.json", { headers: { authorization: `Bearer ${created.token}` } }));
      return { body: await response.json(), doc: await documented.json() };
    };
    const staff = await call(manager);
    expect(staff.body.data[0].custom_fields).toMatchObject({ dwcp_outcome: (dwcp.options as { id: string }[])[0].id, partner_s_focal_point: "Ms Lee Min-ji", internal_remark: "Watch the Kobayashi clause" });
    const described = staff.doc.components.schemas.Agreement.properties.custom_fields.properties;
    expect(described.dwcp_outcome).toMatchObject({ title: "Country programme outcome", type: "string", enum: expect.arrayContaining([(dwcp.options as { id: string }[])[0].id]) });
    expect(described.legal_review_cleared).toMatchObject({ type: "string", format: "date" });
    const ofPartner = await call(partner);
    expect(ofPartner.body.data[0].custom_fields).toEqual({ partner_s_focal_point: "Ms Lee Min-ji" });
    expect(Object.keys(ofPartner.doc.components.schemas.Agreement.properties.custom_fields.properties)).toEqual(["partner_s_focal_point"]);
    // Without a token, the document names no field.
    const anonymous = await (await openApi(new Request("http://localhost/api/v1/openapi.json"))).json();
    expect(JSON.stringify(anonymous)).not.toContain("dwcp_outcome");
  });
});
