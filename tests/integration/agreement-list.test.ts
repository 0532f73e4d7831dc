// The agreements list's filters, search, sort and pages, on the demo portfolio with a fixed
// "today" (2026-11-28); expected figures were counted by hand from prisma/seed/demo-data.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { parseAgreementFilters, PAGE_SIZE, type AgreementFilters } from "@/lib/agreements/filters";
import { exportAgreements, listAgreements } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";
import { seedDemoData } from "@/prisma/seed/seed";
import { makeAgreement, makeOrganisation, viewerOf } from "../support/factories";

const ON = new Date("2026-11-28T00:00:00Z");
let officer: Viewer;
let asean: Viewer;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  officer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer@example.org" } }));
  asean = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "asean@example.org" } }));
}, 120_000);

const titles = async (filters: AgreementFilters, viewer = officer) =>
  (await listAgreements(viewer, filters, ON)).rows.map((r) => r.title).sort();

describe("filters", () => {
  it("by status, instrument and modality", async () => {
    expect(await titles({ status: "EXPIRED" })).toEqual([
      "ILO/Australia Partnership Agreement 2010-2015",
      "ILO/Australia Partnership Agreement 2016-2021 (invented successor)",
    ]);
    expect(await titles({ instrument: "MOU" })).toEqual(["ILO/ADB Memorandum of Understanding", "ILO/ESCAP Memorandum of Understanding", "ILO/Viet Nam MOU on skills recognition for returning migrant workers (draft)"]);
    expect(await titles({ modality: "TRIANGULAR" })).toEqual(["Lao PDR-Singapore-ILO triangular cooperation on labour inspection"]);
  });

  it("by theme, country, partner and officer", async () => {
    const osh = await db().theme.findUniqueOrThrow({ where: { code: "osh" } });
    expect(await titles({ theme: osh.id })).toEqual([
      "ILO/ASEAN Cooperation Agreement",
      "ILO/Singapore Partnership Agreement",
      "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    ]);
    expect(await titles({ country: "LA" })).toEqual(["ILO/ASEAN Cooperation Agreement", "Lao PDR-Singapore-ILO triangular cooperation on labour inspection"]);
    const singapore = await db().organisation.findFirstOrThrow({ where: { name: "Government of Singapore" } });
    expect(await titles({ partner: singapore.id })).toEqual([
      "ILO/Singapore Partnership Agreement",
      "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    ]);
    // Every other agreement, and the draft the won Australian opportunity of the pipeline became.
    expect((await listAgreements(officer, { officer: officer.userId }, ON)).total).toBe(8);
  });

  it("expiring within N days counts from today and leaves out what has already ended", async () => {
    expect(await titles({ expiringWithin: 30 })).toEqual([]); // Singapore's ends in 33 days
    expect(await titles({ expiringWithin: 33 })).toEqual(["ILO/Singapore Partnership Agreement"]);
    expect(await titles({ expiringWithin: 90 })).toEqual([
      "ILO-BP public-private partnership for Papuan youth employability",
      "ILO/Singapore Partnership Agreement",
      "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    ]);
  });

  it("by expiry date range, either end open", async () => {
    expect(await titles({ expiresFrom: "2027-01-01", expiresTo: "2027-06-30" })).toEqual([
      "ILO-BP public-private partnership for Papuan youth employability",
      "ILO/Korea Partnership Programme",
      "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    ]);
    expect(await titles({ expiresTo: "2015-12-31" })).toEqual(["ILO/Australia Partnership Agreement 2010-2015"]);
    expect(parseAgreementFilters({ expiresFrom: "2027-02-30x" }).expiresFrom).toBeUndefined();
  });

  it("yearly meeting overdue: active agreements with no meeting held in their cycle", async () => {
    expect(await titles({ meetingOverdue: "1" })).toEqual([
      "IBSA Letter of Intent on South-South Cooperation for Decent Work",
      "ILO-BP public-private partnership for Papuan youth employability",
      "ILO-IFC Better Work partnership",
      "ILO/ADB Memorandum of Understanding",
      "ILO/ASEAN Cooperation Agreement",
      "ILO/Korea Partnership Programme",
      "ILO/Singapore Partnership Agreement",
      "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    ]);
  });

  it("combine", async () => {
    expect(await titles({ status: "ACTIVE", instrument: "MOU", meetingOverdue: "1" })).toEqual(["ILO/ADB Memorandum of Understanding"]);
  });
});

describe("search", () => {
  it("ignores case and accents, and searches partners' names and acronyms", async () => {
    expect(await titles({ q: "lao" })).toEqual(["Lao PDR-Singapore-ILO triangular cooperation on labour inspection"]);
    expect(await titles({ q: "ASEAN" })).toContain("ILO/ASEAN Cooperation Agreement");
    const ministere = await makeOrganisation("Ministère du Travail de Côte d'Ivoire");
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    await makeAgreement([ilo.id, ministere.id], { title: "Accord de coopération Sud-Sud" });
    expect(await titles({ q: "ministere du travail" })).toEqual(["Accord de coopération Sud-Sud"]);
    expect(await titles({ q: "COOPERATION SUD" })).toEqual(["Accord de coopération Sud-Sud"]);
    const vietnam = await db().organisation.findFirstOrThrow({ where: { name: "Government of Viet Nam" } });
    await makeAgreement([ilo.id, vietnam.id], { title: "Decent work country programme" });
    expect(await titles({ q: "viet nam" })).toEqual(["Decent work country programme", "ILO/Viet Nam MOU on skills recognition for returning migrant workers (draft)"]);
  });

  it("treats % and _ as punctuation, not wildcards", async () => {
    expect(await titles({ q: "%" })).toEqual([]);
    expect(await titles({ q: "_" })).toEqual([]);
    expect(await titles({ q: "lao%singapore_ilo" })).toEqual(["Lao PDR-Singapore-ILO triangular cooperation on labour inspection"]);
  });

  it("a partner's search never reaches beyond its own agreements", async () => {
    expect(await titles({ q: "ILO" }, asean)).toEqual(["ILO/ASEAN Cooperation Agreement"]);
    expect(await titles({ q: "Japan" }, asean)).toEqual([]);
  });
});

describe("sort, pages and the URL", () => {
  it("sorts by title both ways and by expiry with open-ended last", async () => {
    const asc = (await listAgreements(officer, { sort: "title" }, ON)).rows.map((r) => r.title);
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || 0));
    const desc = (await listAgreements(officer, { sort: "title", desc: "1" }, ON)).rows.map((r) => r.title);
    expect(desc).toEqual([...asc].reverse());
    const byExpiry = (await listAgreements(officer, {}, ON)).rows;
    expect(byExpiry[0].title).toBe("ILO/Australia Partnership Agreement 2010-2015");
    expect(byExpiry.at(-1)?.expiresOn).toBeNull();
  });

  it("pages through everything exactly once", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    const other = await makeOrganisation();
    for (let i = 0; i < PAGE_SIZE; i++) await makeAgreement([ilo.id, other.id], { title: `Paged agreement ${String(i).padStart(2, "0")}` });
    const first = await listAgreements(officer, { sort: "title" }, ON);
    const second = await listAgreements(officer, { sort: "title", page: 2 }, ON);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    const seen = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(first.total);
    expect((await listAgreements(officer, { page: 99 }, ON)).page).toBe(2); // past the end: the last page
  });

  it("reads filters from the URL, dropping what it does not understand", () => {
    expect(parseAgreementFilters({ status: "ACTIVE", instrument: "NOPE", page: "-3", country: "vn", q: "  lao " })).toEqual({
      status: "ACTIVE",
      country: "VN",
      q: "lao",
    });
  });

  it("exports every matching row for staff, and nothing for partners", async () => {
    const rows = [];
    for await (const row of (await exportAgreements(officer, { instrument: "MOU", modality: "INSTITUTIONAL" }, ON))!) rows.push(row);
    expect(rows.map((r) => r.reference).sort()).toEqual(["RUP/ADB/2002-01", "RUP/ESCAP/2009-01"]);
    expect(await exportAgreements(asean, {}, ON)).toBeNull();
  });
});

it("archived agreements appear only in the archive view, and never to partners", async () => {
  const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
  const aseanOrg = await db().organisation.findFirstOrThrow({ where: { acronym: "ASEAN" } });
  await makeAgreement([ilo.id, aseanOrg.id], { title: "Archived ASEAN letter", archived: true });
  expect(await titles({ q: "Archived ASEAN" })).toEqual([]);
  expect(await titles({ q: "Archived ASEAN", archived: "1" })).toEqual(["Archived ASEAN letter"]);
  // A partner asking for the archive still gets only its live agreements.
  expect(await titles({ archived: "1" }, asean)).toEqual(["ILO/ASEAN Cooperation Agreement"]);
});
