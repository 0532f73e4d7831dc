// The IATI activity file of the demo portfolio: valid against IATI's 2.03 schema (xmllint, from
// Debian's libxml2-utils), and against the rules the schema cannot express: every code in its
// codelist, percentages summing to 100, dates in order, identifiers prefixed, links that resolve.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { iatiActivitiesXml, shares, yearlyShares, type ReportingOrg } from "@/lib/iati/activities";
import { setAgreementPublishable, setDocumentPublic, setPublicFile, setThemeSector } from "@/lib/iati/publishing";
import { iatiRecords, publicIatiDocument, publicIatiRecords } from "@/lib/iati/queries";
import type { Viewer } from "@/lib/policy";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

const IATI = path.join(__dirname, "../support/iati");
const ORG: ReportingOrg = { ref: "XM-DAC-41302", name: "International Labour Organization", type: "40", region: "798" };
let xml: string;
let manager: Viewer;
const links = { documentUrl: (id: string) => `https://records.example.org/iati/documents/${id}` };

const codelist = (name: string) => new Set([...fs.readFileSync(path.join(IATI, "codelists", `${name}.xml`), "utf8").matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]));
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const tags = (doc: string, name: string) => [...doc.matchAll(new RegExp(`<${name}(\\s[^>]*)?/?>`, "g"))].map((m) => attrs(m[0]));
const staffFile = async () => iatiActivitiesXml((await iatiRecords(manager))!, ORG, links);
const activities = () => xml.split("<iati-activity ").slice(1).map((body) => `<iati-activity ${body.split("</iati-activity>")[0]}`);

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  manager = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
  xml = await staffFile();
}, 120_000);

it("is refused to partners", async () => {
  const partner = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "japan@example.org" } }));
  expect(await iatiRecords(partner)).toBeNull();
});

/** xmllint's verdict against IATI's 2.03 activity schema: "" when valid. */
function schemaErrors(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "iati-")), "activities.xml");
  fs.writeFileSync(file, content);
  try {
    return execFileSync("xmllint", ["--noout", "--schema", path.join(IATI, "schema-2.03/iati-activities-schema.xsd"), file], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    return `xmllint refused the file:\n${(error as { stderr?: string }).stderr?.slice(0, 3000)}`;
  }
}

it("validates against the IATI 2.03 activity schema", () => {
  expect(schemaErrors(xml)).toBe("");
});

describe("IATI's rules beyond the schema", () => {
  it("has the demo's signed agreements as parents and their projects as children, linked both ways", () => {
    const ids = new Set(tags(xml, "iati-identifier").length ? [...xml.matchAll(/<iati-identifier>([^<]+)</g)].map((m) => m[1]) : []);
    expect([...ids].every((id) => id.startsWith(`${ORG.ref}-`))).toBe(true);
    expect(ids.has("XM-DAC-41302-RUP-JPN-1974-01")).toBe(true);
    expect(ids.has("XM-DAC-41302-RAS-12-03-JPN")).toBe(true);
    expect(ids.size).toBe(activities().length); // unique
    const links = tags(xml, "related-activity");
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => ids.has(l.ref))).toBe(true);
    // Drafts are not published.
    expect(xml).not.toContain("Viet Nam MOU");
  });

  it("uses only codes of IATI's codelists", () => {
    const check = (tag: string, attr: string, list: string) => {
      const codes = codelist(list);
      const used = tags(xml, tag).map((a) => a[attr]).filter(Boolean);
      expect(used.filter((c) => !codes.has(c)), `${tag}/@${attr} not in ${list}`).toEqual([]);
      return used.length;
    };
    expect(check("activity-status", "code", "ActivityStatus")).toBeGreaterThan(0);
    check("activity-date", "type", "ActivityDateType");
    check("participating-org", "role", "OrganisationRole");
    check("participating-org", "type", "OrganisationType");
    check("reporting-org", "type", "OrganisationType");
    check("recipient-country", "code", "Country");
    check("recipient-region", "code", "Region");
    expect(check("sector", "code", "Sector")).toBeGreaterThan(0);
    check("collaboration-type", "code", "CollaborationType");
    expect(check("transaction-type", "code", "TransactionType")).toBeGreaterThan(0);
    check("value", "currency", "Currency");
    check("iati-activity", "default-currency", "Currency");
    expect(check("result", "type", "ResultType")).toBeGreaterThan(0);
    check("indicator", "measure", "IndicatorMeasure");
    check("related-activity", "type", "RelatedActivityType");
    expect(check("budget", "type", "BudgetType")).toBeGreaterThan(0);
    check("budget", "status", "BudgetStatus");
  });

  it("gives each activity's countries or region, and sectors, percentages that sum to 100", () => {
    for (const activity of activities()) {
      const where = [...tags(activity, "recipient-country"), ...tags(activity, "recipient-region")].map((a) => Number(a.percentage));
      expect(where.length).toBeGreaterThan(0);
      expect(Math.round(where.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
      const sectors = tags(activity, "sector").map((a) => Number(a.percentage));
      if (sectors.length) expect(Math.round(sectors.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
    }
    expect(shares(3)).toEqual(["33.33", "33.33", "33.34"]);
  });

  it("has dates in order: start before end, periods forward, transactions with a date", () => {
    for (const activity of activities()) {
      const dates = Object.fromEntries(tags(activity, "activity-date").map((a) => [a.type, a["iso-date"]]));
      const start = dates["2"] ?? dates["1"];
      const end = dates["4"] ?? dates["3"];
      expect(start, activity.slice(0, 200)).toBeTruthy();
      if (end) expect(start <= end).toBe(true);
      const periods = [...activity.matchAll(/<period-start iso-date="([^"]+)"\/><period-end iso-date="([^"]+)"\/>/g)];
      expect(periods.every(([, s, e]) => s <= e)).toBe(true);
    }
  });

  it("gives yearly budgets: no period over a year, none overlapping, a project's adding up to its budget", () => {
    const project = activities().find((a) => a.includes("<iati-identifier>XM-DAC-41302-RAS-12-03-JPN<"))!;
    const budgets = [...project.matchAll(/<budget type="1" status="1"><period-start iso-date="([^"]+)"\/><period-end iso-date="([^"]+)"\/><value currency="JPY" value-date="[^"]+">([^<]+)<\/value><\/budget>/g)];
    expect(budgets.map(([, start, end]) => [start, end])).toEqual([
      ["2022-04-01", "2022-12-31"],
      ["2023-01-01", "2023-12-31"],
      ["2024-01-01", "2024-12-31"],
      ["2025-01-01", "2025-12-31"],
      ["2026-01-01", "2026-12-31"],
      ["2027-01-01", "2027-03-31"],
    ]);
    expect(budgets.reduce((sum, [, , , value]) => sum + Math.round(Number(value) * 100), 0)).toBe(120_000_000_00);
    for (const activity of activities()) {
      const periods = [...activity.matchAll(/<budget [^>]*><period-start iso-date="([^"]+)"\/><period-end iso-date="([^"]+)"\/>/g)].map(([, a, b]) => [a, b]);
      for (const [start, end] of periods) {
        expect(start <= end).toBe(true);
        expect((Date.parse(end) - Date.parse(start)) / 86_400_000).toBeLessThan(366);
      }
      const sorted = periods.sort(([a], [b]) => a.localeCompare(b));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i][0] > sorted[i - 1][1], activity.slice(0, 120)).toBe(true);
    }
    expect(yearlyShares({ toFixed: () => "100.00" }, new Date("2024-07-01"), new Date("2025-06-30")).map((p) => p.value)).toEqual(["50.41", "49.59"]);
  });

  it("carries the money and the results: commitments and receipts, targets and actuals", () => {
    const japan = activities().find((a) => a.includes("<iati-identifier>XM-DAC-41302-RUP-JPN-1974-01<"))!;
    expect(tags(japan, "transaction-type").filter((t) => t.code === "11")).toHaveLength(2);
    expect(japan).toContain('<value currency="JPY" value-date="2022-03-15">120000000.00</value>');
    const project = activities().find((a) => a.includes("<iati-identifier>XM-DAC-41302-RAS-13-02-SGP<"))!;
    expect(project).toMatch(/<indicator measure="1" ascending="0">/);
    expect(project).toContain('<period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><target value="5.2"/><actual value="5.1"/>');
  });
});

describe("publishing: what an administrator chose, and nothing while publishing is off", () => {
  it("lets only administrators decide, audited; a sector must be in IATI's DAC list", async () => {
    const admin = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "admin@example.org" } }));
    const officer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer@example.org" } }));
    const japan = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/JPN/1974-01" } });
    const theme = await db().theme.findUniqueOrThrow({ where: { code: "skills" } });
    for (const refused of [await setPublicFile(officer, true), await setAgreementPublishable(manager, japan.id, true), await setThemeSector(officer, theme.id, "11330")]) {
      expect(inEnglish(refused)).toMatchObject({ ok: false, denied: true });
    }
    expect(inEnglish(await setThemeSector(admin, theme.id, "99999"))).toMatchObject({ ok: false, fieldErrors: { sector: expect.any(String) } });
    expect((await setThemeSector(admin, theme.id, "11320")).ok).toBe(true);
    expect((await db().theme.findUniqueOrThrow({ where: { id: theme.id } })).iatiSector).toBe("11320");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Theme", entityId: theme.id } });
    expect(audit.changes).toEqual({ iatiSector: ["11330", "11320"] });
    expect(await staffFile()).toContain('<sector vocabulary="1" code="11320"');
  });

  it("serves nothing publicly until turned on, then only publishable agreements and public documents", async () => {
    const admin = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "admin@example.org" } }));
    const japan = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/JPN/1974-01" } });
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const uploaded = await uploadDocument(admin, { agreementId: japan.id }, { name: "signed-agreement.pdf", bytes: pdf }, false);
    const internal = await uploadDocument(admin, { agreementId: japan.id }, { name: "internal-note.pdf", bytes: pdf }, false);
    if (!uploaded.ok || !internal.ok) throw new Error("upload refused");

    expect(await publicIatiRecords()).toBeNull(); // off by default
    expect((await setAgreementPublishable(admin, japan.id, true)).ok).toBe(true);
    expect((await setDocumentPublic(admin, uploaded.id, true)).ok).toBe(true);
    expect(await publicIatiRecords()).toBeNull(); // still off
    expect(await publicIatiDocument(uploaded.id)).toBeNull();

    expect((await setPublicFile(admin, true)).ok).toBe(true);
    const published = (await publicIatiRecords())!;
    expect(published.map((a) => a.reference)).toEqual(["RUP/JPN/1974-01"]);
    const file = iatiActivitiesXml(published, ORG, links);
    expect(file).toContain(`<document-link url="${links.documentUrl(uploaded.id)}" format="application/pdf"><title><narrative>signed-agreement.pdf</narrative></title><category code="A11"/>`);
    expect(file).not.toContain("internal-note.pdf");
    expect(schemaErrors(file)).toBe("");
    expect(file).not.toContain("ILO/ASEAN");
    expect(codelist("DocumentCategory").has("A11")).toBe(true);
    expect((await publicIatiDocument(uploaded.id))?.filename).toBe("signed-agreement.pdf");
    expect(await publicIatiDocument(internal.id)).toBeNull();

    // Withdrawn, the agreement and its documents leave the public file at once.
    expect((await setAgreementPublishable(admin, japan.id, false)).ok).toBe(true);
    expect(await publicIatiRecords()).toEqual([]);
    expect(await publicIatiDocument(uploaded.id)).toBeNull();
    const events = await db().auditEvent.findMany({ where: { OR: [{ entityType: "Setting" }, { entityType: "Agreement", entityId: japan.id }, { entityType: "Document", entityId: uploaded.id }] } });
    expect(events.map((e) => JSON.stringify(e.changes))).toEqual(
      expect.arrayContaining(['{"value":[false,true]}', '{"iatiPublishable":[false,true]}', '{"iatiPublishable":[true,false]}', '{"iatiPublic":[false,true]}']),
    );
    expect((await setPublicFile(admin, false)).ok).toBe(true);
    expect(await publicIatiRecords()).toBeNull();
  });
});

describe("by office", () => {
  it("names each activity's office as an extending organisation, and can be limited to one office and those below it", async () => {
    const bp = activities().find((a) => a.includes("XM-DAC-41302-RUP-BP-2011-01"))!;
    expect(bp).toMatch(/<participating-org role="3" type="40">\s*<narrative>ILO Country Office for Indonesia and Timor-Leste<\/narrative>/);
    const jakarta = await db().office.findFirstOrThrow({ where: { city: "Jakarta" } });
    const file = iatiActivitiesXml((await iatiRecords(manager, jakarta.id))!, ORG, links);
    const ids = [...file.matchAll(/<iati-identifier>([^<]+)</g)].map((m) => m[1]).sort();
    expect(ids).toContain("XM-DAC-41302-RUP-BP-2011-01");
    expect(ids).not.toContain("XM-DAC-41302-RUP-JPN-1974-01");
    expect(schemaErrors(file)).toBe("");
    // The regional office's file holds its country offices' activities too.
    const region = await db().office.findFirstOrThrow({ where: { parentId: null } });
    expect(iatiActivitiesXml((await iatiRecords(manager, region.id))!, ORG, links)).toContain("XM-DAC-41302-RUP-BP-2011-01");
  });
});
