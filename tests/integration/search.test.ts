// Search by words (decision 009): every word typed must match, in any order, ignoring case, accents
// and punctuation, in each kind of record's text and its parties' names; the header's search ranks
// title matches first and never shows partners anything. On the demo portfolio.
import { beforeAll, describe, expect, it } from "vitest";
import { listAgreements } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { listMeetings } from "@/lib/meetings/queries";
import { listPartners } from "@/lib/partners/queries";
import type { Viewer } from "@/lib/policy";
import { listProjects } from "@/lib/projects/queries";
import { COUNT_UP_TO, searchEverything } from "@/lib/search/everything";
import { seedDemoData } from "@/prisma/seed/seed";
import { makeAgreement, makeOrganisation, viewerOf } from "../support/factories";

let officer: Viewer;
let manager: Viewer;
let asean: Viewer;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  const viewer = async (email: string) => viewerOf(await db().user.findUniqueOrThrow({ where: { email } }));
  [officer, manager, asean] = await Promise.all([viewer("officer@example.org"), viewer("manager@example.org"), viewer("asean@example.org")]);
}, 120_000);

const agreements = async (q: string, viewer = officer) => (await listAgreements(viewer, { q })).rows.map((r) => r.title).sort();
const meetings = async (q: string) => (await listMeetings(officer, { q }))!.rows.map((r) => r.title).sort();
const projects = async (q: string) => (await listProjects(officer, { q }))!.rows.map((r) => r.code).sort();
const partners = async (q: string) => (await listPartners(officer, { q }))!.rows.map((r) => r.name).sort();

const LAO_TRIANGULAR = "Lao PDR-Singapore-ILO triangular cooperation on labour inspection";

describe("agreements", () => {
  it("finds every word in any order, across punctuation", async () => {
    expect(await agreements("lao singapore")).toEqual([LAO_TRIANGULAR]);
    expect(await agreements("singapore lao")).toEqual([LAO_TRIANGULAR]);
    expect(await agreements("Inspection, labour — LAO!")).toEqual([LAO_TRIANGULAR]);
    expect(await agreements("RUP/LAO-SGP/2011-01")).toEqual([LAO_TRIANGULAR]);
    expect(await agreements("lao 2011 sgp")).toEqual([LAO_TRIANGULAR]); // words of the reference
    expect(await agreements("lao japan")).toEqual([]); // every word must match
  });

  it("finds a word in one place and another word in a party's name or acronym", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    const japan = await db().organisation.findFirstOrThrow({ where: { name: "Government of Japan" } });
    await makeAgreement([ilo.id, japan.id], { title: "Skills for returning technical interns" });
    expect(await agreements("japan skills")).toEqual(["Skills for returning technical interns"]);
    expect(await agreements("skills JAPAN interns")).toEqual(["Skills for returning technical interns"]);
    // "Lao PDR" is the Lao government's acronym; the BP agreement's summary mentions Papua.
    expect(await agreements("pdr government")).toEqual([LAO_TRIANGULAR]);
    expect(await agreements("bintuni bp")).toEqual(["ILO-BP public-private partnership for Papuan youth employability"]);
  });

  it("follows a partner's rename and a party's removal at once (the database keeps the names)", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    const ministry = await makeOrganisation("Ministry of Fisheries of Atlantis");
    const other = await makeOrganisation("Wombat Research Council");
    const agreement = await makeAgreement([ilo.id, ministry.id, other.id], { title: "Coastal livelihoods" });
    expect(await agreements("atlantis coastal")).toEqual(["Coastal livelihoods"]);
    await db().organisation.update({ where: { id: ministry.id }, data: { name: "Ministry of Oceans of Lemuria", acronym: "MOL-L" } });
    expect(await agreements("atlantis coastal")).toEqual([]);
    expect(await agreements("lemuria oceans coastal")).toEqual(["Coastal livelihoods"]);
    expect(await agreements("mol l livelihoods")).toEqual(["Coastal livelihoods"]);
    await db().agreementParty.deleteMany({ where: { agreementId: agreement.id, organisationId: other.id } });
    expect(await agreements("wombat")).toEqual([]);
    await db().agreementParty.create({ data: { agreementId: agreement.id, organisationId: other.id, role: "BENEFICIARY" } });
    expect(await agreements("wombat lemuria")).toEqual(["Coastal livelihoods"]);
  });

  it("ignores case and accents on both sides", async () => {
    const ministere = await makeOrganisation("Ministère du Travail de Côte d'Ivoire");
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    await makeAgreement([ilo.id, ministere.id], { title: "Accord de coopération Sud-Sud" });
    expect(await agreements("cote d'ivoire sud")).toEqual(["Accord de coopération Sud-Sud"]);
    expect(await agreements("CÔTE ivoire COOPERATION")).toEqual(["Accord de coopération Sud-Sud"]);
    expect(await agreements("MINISTÈRE sud-sud")).toEqual(["Accord de coopération Sud-Sud"]);
  });

  it("keeps words of other scripts", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    const lao = await makeOrganisation("ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ");
    await makeAgreement([ilo.id, lao.id], { title: "Labour statistics cooperation" });
    expect(await agreements("ກະຊວງແຮງງານ statistics")).toEqual(["Labour statistics cooperation"]);
  });

  it("a partner finds only its own agreements, whatever the words", async () => {
    expect(await agreements("ilo", asean)).toEqual(["ILO/ASEAN Cooperation Agreement"]);
    expect(await agreements("lao singapore", asean)).toEqual([]);
  });
});

describe("the other lists", () => {
  it("meetings: title and place, and the agreement's title and parties, kept when they change", async () => {
    expect(await meetings("review jakarta")).toEqual(["ILO/ASEAN yearly review 2025"]);
    expect(await meetings("2026 asean bangkok")).toEqual(["ILO/ASEAN yearly review 2026"]);
    expect(await meetings("tokyo japan")).toEqual(["ILO/Japan annual programme meeting 2026"]);
    // "multi-bilateral" is only in the agreement's title, "Government of Japan" only its party's name.
    expect(await meetings("bilateral multi government")).toEqual(["ILO/Japan annual programme meeting 2026"]);
    const japan = await db().agreement.findFirstOrThrow({ where: { reference: "RUP/JPN/1974-01" } });
    await db().agreement.update({ where: { id: japan.id }, data: { title: "ILO/Japan Capybara Programme" } });
    expect(await meetings("capybara tokyo")).toEqual(["ILO/Japan annual programme meeting 2026"]);
    expect(await meetings("bilateral multi")).toEqual([]);
    await db().agreement.update({ where: { id: japan.id }, data: { title: "ILO/Japan Multi-bilateral Programme" } });
  });

  it("projects: code, title, summary and partners", async () => {
    expect(await projects("indonesia work better")).toEqual(["IDN/11/01/IFC"]);
    expect(await projects("idn 11 ifc")).toEqual(["IDN/11/01/IFC"]);
    expect(await projects("better work finance corporation viet")).toEqual(["VNM/09/01/IFC"]); // the funder's name
    expect(await projects("inspection singapore")).toEqual(["RAS/13/02/SGP"]); // a partner's name
  });

  it("partners: name and acronym, accents and punctuation ignored", async () => {
    expect(await partners("lao democratic")).toEqual(["Government of the Lao People's Democratic Republic"]);
    expect(await partners("peoples lao")).toEqual(["Government of the Lao People's Democratic Republic"]);
    expect(await partners("co ltd mekong")).toEqual(["Mekong Apparel Co., Ltd. (invented)"]);
    expect(await partners("ÁDB")).toEqual(["Asian Development Bank"]);
  });
});

describe("the header's search", () => {
  it("searches every kind of record at once, counted in full", async () => {
    const found = (await searchEverything(manager, "better work"))!;
    expect(found.agreements.rows.map((a) => a.title)).toEqual(["ILO-IFC Better Work partnership"]);
    // Title matches (Better Factories Cambodia's summary mentions Better Work).
    expect(found.projects.rows.map((p) => p.code)).toEqual(["IDN/11/01/IFC", "VNM/09/01/IFC"]);
    expect(found.partners.total).toBe(0);
    const ifc = (await searchEverything(officer, "ifc"))!;
    expect(ifc.partners.rows.map((p) => p.acronym)).toEqual(["IFC"]);
    expect(ifc.projects.total).toBe(3); // IFC funds three projects, each with IFC in its code
  });

  it("ranks a title match above a party's name, above a summary match", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    const fisheries = await makeOrganisation("Rankings Fisheries Council");
    // Alphabetical order would put these the other way round.
    const bySummary = await makeAgreement([ilo.id], { title: "A agreement", summary: "Covers rankings fisheries pilots." });
    const byParty = await makeAgreement([ilo.id, fisheries.id], { title: "B agreement" });
    const byTitle = await makeAgreement([ilo.id], { title: "Z rankings fisheries pilot" });
    const found = (await searchEverything(officer, "fisheries rankings"))!;
    expect(found.agreements.rows.map((a) => a.id)).toEqual([byTitle.id, byParty.id, bySummary.id]);
    expect(found.agreements.total).toBe(3);
  });

  it("shows the best five of each kind, and nothing archived", async () => {
    const ilo = await db().organisation.findFirstOrThrow({ where: { acronym: "ILO" } });
    for (let i = 0; i < 7; i++) await makeAgreement([ilo.id], { title: `Quokka study ${i}` });
    await makeAgreement([ilo.id], { title: "Quokka study archived", archived: true });
    const found = (await searchEverything(officer, "quokka"))!;
    expect(found.agreements.rows).toHaveLength(5);
    expect(found.agreements.total).toBe(7);
  });

  it("counts up to a limit, past which it says many", async () => {
    const found = (await searchEverything(officer, "e"))!; // nearly everything has an "e"
    expect(found.agreements.total).toBeGreaterThan(10);
    expect(found.agreements.total).toBeLessThanOrEqual(COUNT_UP_TO + 1);
  });

  it("finds nothing for punctuation only, and nothing at all for partners", async () => {
    const found = (await searchEverything(officer, "%_-"))!;
    expect(found.words).toEqual([]);
    expect(found.agreements.total + found.meetings.total + found.projects.total + found.partners.total).toBe(0);
    expect(await searchEverything(asean, "asean")).toBeNull();
  });
});
