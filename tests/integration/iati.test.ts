// The IATI activity file of the demo portfolio: valid against IATI's 2.03 schema (xmllint, from
// Debian's libxml2-utils), and against the rules the schema cannot express: every code in its
// codelist, percentages summing to 100, dates in order, identifiers prefixed, links that resolve.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { iatiActivitiesXml, shares, type ReportingOrg } from "@/lib/iati/activities";
import { iatiRecords } from "@/lib/iati/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";

const IATI = path.join(__dirname, "../support/iati");
const ORG: ReportingOrg = { ref: "XM-DAC-41302", name: "International Labour Organization", type: "40", region: "798" };
let xml: string;

const codelist = (name: string) => new Set([...fs.readFileSync(path.join(IATI, "codelists", `${name}.xml`), "utf8").matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]));
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const tags = (doc: string, name: string) => [...doc.matchAll(new RegExp(`<${name}(\\s[^>]*)?/?>`, "g"))].map((m) => attrs(m[0]));
const activities = () => xml.split("<iati-activity ").slice(1).map((body) => `<iati-activity ${body.split("</iati-activity>")[0]}`);

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  const manager = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
  xml = iatiActivitiesXml((await iatiRecords(manager))!, ORG);
}, 120_000);

it("is refused to partners", async () => {
  const partner = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "japan@example.org" } }));
  expect(await iatiRecords(partner)).toBeNull();
});

it("validates against the IATI 2.03 activity schema", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "iati-")), "activities.xml");
  fs.writeFileSync(file, xml);
  let output = "";
  try {
    output = execFileSync("xmllint", ["--noout", "--schema", path.join(IATI, "schema-2.03/iati-activities-schema.xsd"), file], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const e = error as { stderr?: string };
    throw new Error(`xmllint refused the file:\n${e.stderr?.slice(0, 3000)}`);
  }
  expect(output).toBe("");
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

  it("carries the money and the results: commitments and receipts, targets and actuals", () => {
    const japan = activities().find((a) => a.includes("<iati-identifier>XM-DAC-41302-RUP-JPN-1974-01<"))!;
    expect(tags(japan, "transaction-type").filter((t) => t.code === "11")).toHaveLength(2);
    expect(japan).toContain('<value currency="JPY" value-date="2022-03-15">120000000.00</value>');
    const project = activities().find((a) => a.includes("<iati-identifier>XM-DAC-41302-RAS-13-02-SGP<"))!;
    expect(project).toMatch(/<indicator measure="1" ascending="0">/);
    expect(project).toContain('<period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><target value="5.2"/><actual value="5.1"/>');
  });
});
