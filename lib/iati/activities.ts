// The IATI 2.03 activity file: each signed agreement is a parent activity (hierarchy 1) and each of
// its projects a child (hierarchy 2), linked both ways. Codes come from lib/domain/codelists.ts;
// the file validates against IATI's 2.03 schema and the rules it cannot express (tests/integration/
// iati.test.ts). Budgets are yearly: an agreement's from its instalments (committed), a project's
// its budget spread over its years by days (indicative); see docs/decisions/006.
import { indicatorMeasures, organisationKinds, partyRoles, projectLifecycles, resultTypes, agreementStatuses, modalities } from "@/lib/domain/codelists";
import { isoDate } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import type { IatiAgreement } from "./queries";
import { el, text, type Node } from "./xml";

export interface ReportingOrg {
  ref: string;
  name: string;
  type: string;
  /** The region of activities that name no country. */
  region: string;
}

export function reportingOrgFromEnv(): ReportingOrg | null {
  const env = appEnv();
  if (!env.IATI_ORGANISATION_ID || !env.IATI_ORGANISATION_NAME) return null;
  return { ref: env.IATI_ORGANISATION_ID, name: env.IATI_ORGANISATION_NAME, type: env.IATI_ORGANISATION_TYPE, region: env.IATI_DEFAULT_REGION };
}

/** Our reference as the tail of an IATI identifier: letters, digits and - _ . only. */
export const identifier = (org: ReportingOrg, reference: string) => `${org.ref}-${reference.replace(/[^A-Za-z0-9_.-]+/g, "-")}`;

const narrative = (value: string) => el("narrative", {}, text(value));
const day = (date: Date | null | undefined) => isoDate(date) ?? undefined;

/** Shares of 100 with two decimals that add up to exactly 100. */
export function shares(n: number): string[] {
  if (n === 0) return [];
  const each = Math.floor(10_000 / n) / 100;
  const last = Math.round((100 - each * (n - 1)) * 100) / 100;
  return [...Array(n - 1).fill(each.toFixed(2)), last.toFixed(2)];
}

const cents = (amount: { toFixed(digits: number): string }) => BigInt(amount.toFixed(2).replace(".", ""));
const money = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, "0")}`;
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));
const DAY = 86_400_000;

/** An amount over [start, end] as calendar-year shares by days, in cents that add up exactly. */
export function yearlyShares(amount: { toFixed(digits: number): string }, start: Date, end: Date): { start: Date; end: Date; value: string }[] {
  const total = cents(amount);
  const spans: { start: Date; end: Date; days: bigint }[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    const from = new Date(Math.max(start.getTime(), yearStart(year).getTime()));
    const to = new Date(Math.min(end.getTime(), yearEnd(year).getTime()));
    spans.push({ start: from, end: to, days: BigInt(Math.round((to.getTime() - from.getTime()) / DAY) + 1) });
  }
  const allDays = spans.reduce((sum, s) => sum + s.days, 0n);
  let given = 0n;
  return spans.map((span, i) => {
    const share = i === spans.length - 1 ? total - given : (total * span.days) / allDays;
    given += share;
    return { start: span.start, end: span.end, value: money(share) };
  });
}

function budget(period: { start: Date; end: Date; value: string }, currency: string, status: "1" | "2"): string {
  return el(
    "budget",
    { type: "1", status }, // original; 1 indicative, 2 committed
    el("period-start", { "iso-date": day(period.start) }),
    el("period-end", { "iso-date": day(period.end) }),
    el("value", { currency, "value-date": day(period.start) }, period.value),
  );
}

/** What is due each calendar year under the agreement's commitments in its currency (committed). */
function agreementBudgets(a: IatiAgreement, currency: string | undefined): Node[] {
  if (!currency) return [];
  const byYear = new Map<number, bigint>();
  for (const c of a.commitments.filter((x) => x.currency === currency)) {
    for (const i of c.instalments) byYear.set(i.dueOn.getUTCFullYear(), (byYear.get(i.dueOn.getUTCFullYear()) ?? 0n) + cents(i.amount));
  }
  return [...byYear.entries()].sort(([x], [y]) => x - y).map(([year, total]) => budget({ start: yearStart(year), end: yearEnd(year), value: money(total) }, currency, "2"));
}

function projectBudgets(p: Project): Node[] {
  if (!p.budgetAmount || !p.budgetCurrency || !p.startsOn || !p.endsOn || p.endsOn < p.startsOn) return [];
  return yearlyShares(p.budgetAmount, p.startsOn, p.endsOn).map((period) => budget(period, p.budgetCurrency!, "1"));
}

type Doc = IatiAgreement["documents"][number];

/** Links to the documents an administrator made public, on a published agreement (their URL opens for anyone). */
function documentLinks(docs: Doc[], a: IatiAgreement, category: string, documentUrl: (id: string) => string): Node[] {
  if (!a.iatiPublishable) return [];
  return docs.map((d) =>
    el(
      "document-link",
      { url: documentUrl(d.id), format: d.mediaType },
      el("title", {}, narrative(d.filename)),
      el("category", { code: category }),
      el("document-date", { "iso-date": day(d.createdAt) }),
    ),
  );
}

type Party = { role: keyof typeof partyRoles; organisation: { id: string; name: string; kind: keyof typeof organisationKinds } };

function participatingOrgs(parties: Party[], org: ReportingOrg, office: { name: string }): Node[] {
  const withRole = parties.filter((p) => partyRoles[p.role].iati);
  const rows = withRole.map((p) => el("participating-org", { role: partyRoles[p.role].iati, type: organisationKinds[p.organisation.kind].iati }, narrative(p.organisation.name)));
  // Every activity names at least one participant: the reporting organisation is accountable for it.
  if (!rows.length) rows.push(el("participating-org", { ref: org.ref, role: "2", type: org.type }, narrative(org.name)));
  // The office that keeps it extends it (IATI OrganisationRole 3), as part of the reporting organisation.
  return [...rows, el("participating-org", { role: "3", type: org.type }, narrative(office.name))];
}

function recipients(countries: string[], org: ReportingOrg): Node[] {
  if (countries.length === 0) return [el("recipient-region", { code: org.region, vocabulary: "1", percentage: "100" })];
  const pct = shares(countries.length);
  return countries.map((code, i) => el("recipient-country", { code, percentage: pct[i] }));
}

function sectors(themes: { theme: { iatiSector: string | null } }[]): Node[] {
  const codes = [...new Set(themes.map((t) => t.theme.iatiSector).filter((c): c is string => Boolean(c)))];
  const pct = shares(codes.length);
  return codes.map((code, i) => el("sector", { vocabulary: "1", code, percentage: pct[i] }));
}

function dates(start: { on: Date | null; actual: boolean }, end: { on: Date | null; actual: boolean }): Node[] {
  return [
    start.on && el("activity-date", { type: start.actual ? "2" : "1", "iso-date": day(start.on) }),
    end.on && el("activity-date", { type: end.actual ? "4" : "3", "iso-date": day(end.on) }),
  ];
}

function transactions(a: IatiAgreement, org: ReportingOrg): Node[] {
  const receiver = el("receiver-org", { ref: org.ref, type: org.type }, narrative(org.name));
  return a.commitments.flatMap((c) => {
    const on = day(c.committedOn ?? c.createdAt);
    const provider = el("provider-org", {}, narrative(c.organisation.name));
    return [
      el(
        "transaction",
        {},
        el("transaction-type", { code: "11" }), // incoming commitment
        el("transaction-date", { "iso-date": on }),
        el("value", { currency: c.currency, "value-date": on }, c.amount.toFixed(2)),
        c.description && el("description", {}, narrative(c.description)),
        provider,
        receiver,
      ),
      ...c.instalments.flatMap((i) =>
        i.receipts.map((r) =>
          el(
            "transaction",
            { ref: r.reference ?? undefined },
            el("transaction-type", { code: "1" }), // incoming funds
            el("transaction-date", { "iso-date": day(r.receivedOn) }),
            el("value", { currency: c.currency, "value-date": day(r.receivedOn) }, r.amount.toFixed(2)),
            provider,
            receiver,
          ),
        ),
      ),
    ];
  });
}

type Project = IatiAgreement["projects"][number];

function results(project: Project): Node[] {
  return project.results
    .filter((r) => r.indicators.length > 0)
    .map((r) =>
      el(
        "result",
        { type: resultTypes[r.type].iati },
        el("title", {}, narrative(r.title)),
        r.description && el("description", {}, narrative(r.description)),
        r.indicators.map((i) => {
          const qualitative = i.measure === "QUALITATIVE";
          const value = (v: { toString(): string } | null) => (qualitative || v === null ? undefined : v.toString());
          return el(
            "indicator",
            { measure: indicatorMeasures[i.measure].iati, ascending: i.ascending ? "1" : "0" },
            el("title", {}, narrative(i.title)),
            i.baselineYear !== null && el("baseline", { year: i.baselineYear, value: value(i.baselineValue) }),
            i.periods.map((p) =>
              el(
                "period",
                {},
                el("period-start", { "iso-date": day(p.periodStart) }),
                el("period-end", { "iso-date": day(p.periodEnd) }),
                p.target !== null && el("target", { value: value(p.target) }),
                (p.actual !== null || p.comment) && el("actual", { value: value(p.actual) }, p.comment && el("comment", {}, narrative(p.comment))),
              ),
            ),
          );
        }),
      ),
    );
}

export interface Links {
  /** The public address of a document (for document-link). */
  documentUrl: (id: string) => string;
}

function agreementActivity(a: IatiAgreement, org: ReportingOrg, links: Links): string {
  const currency = a.contributionCurrency ?? a.commitments[0]?.currency;
  return el(
    "iati-activity",
    { "last-updated-datetime": a.updatedAt.toISOString(), "xml:lang": "en", "default-currency": currency, hierarchy: "1" },
    el("iati-identifier", {}, text(identifier(org, a.reference))),
    el("reporting-org", { ref: org.ref, type: org.type }, narrative(org.name)),
    el("title", {}, narrative(a.title)),
    // IATI requires a description: the summary, or what the record says of itself.
    el("description", { type: "1" }, narrative(a.summary ?? `${a.title}, between ${a.parties.map((x) => x.organisation.name).join(", ")}.`)),
    participatingOrgs(a.parties, org, a.office),
    el("activity-status", { code: agreementStatuses[a.status].iati }),
    dates({ on: a.effectiveOn ?? a.signedOn, actual: true }, { on: a.expiresOn, actual: a.status !== "ACTIVE" && a.expiresOn !== null && a.expiresOn <= new Date() }),
    recipients(a.countries, org),
    sectors(a.themes),
    modalities[a.modality].iati && el("collaboration-type", { code: modalities[a.modality].iati }),
    agreementBudgets(a, currency),
    transactions(a, org),
    // A memorandum of understanding (A09), or the agreement as a contract (A11).
    documentLinks(a.documents, a, a.instrument === "MOU" ? "A09" : "A11", links.documentUrl),
    a.projects.map((p) => el("related-activity", { ref: identifier(org, p.code), type: "2" })),
  );
}

function projectActivity(p: Project, a: IatiAgreement, org: ReportingOrg, links: Links): string {
  const started = p.lifecycle !== "PIPELINE";
  const ended = p.lifecycle === "CLOSED" || p.lifecycle === "COMPLETED";
  return el(
    "iati-activity",
    { "last-updated-datetime": p.updatedAt.toISOString(), "xml:lang": "en", "default-currency": p.budgetCurrency ?? undefined, hierarchy: "2" },
    el("iati-identifier", {}, text(identifier(org, p.code))),
    el("reporting-org", { ref: org.ref, type: org.type }, narrative(org.name)),
    el("title", {}, narrative(p.title)),
    el("description", { type: "1" }, narrative(p.summary ?? `${p.title}, a project under ${a.title}.`)),
    participatingOrgs(p.partners, org, p.office),
    el("activity-status", { code: projectLifecycles[p.lifecycle].iati }),
    dates({ on: p.startsOn, actual: started }, { on: p.endsOn, actual: ended }),
    recipients(p.countries, org),
    sectors(p.themes),
    modalities[a.modality].iati && el("collaboration-type", { code: modalities[a.modality].iati }),
    projectBudgets(p),
    // The project's own documents: objectives and purpose (A02).
    documentLinks(p.documents, a, "A02", links.documentUrl),
    el("related-activity", { ref: identifier(org, a.reference), type: "1" }),
    results(p),
  );
}

/** The whole file, for the agreements given (already filtered by the caller's policy). */
export function iatiActivitiesXml(agreements: IatiAgreement[], org: ReportingOrg, links: Links, now = new Date()): string {
  const activities = agreements.flatMap((a) => [agreementActivity(a, org, links), ...a.projects.map((p) => projectActivity(p, a, org, links))]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el("iati-activities", { version: "2.03", "generated-datetime": now.toISOString() }, ...activities)}\n`;
}
