// The filtered lists behind the export links, for staff only, on the demo portfolio.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportMeetings, listMeetings, parseMeetingFilters } from "@/lib/meetings/queries";
import { exportPartners, parsePartnerFilters } from "@/lib/partners/queries";
import type { Viewer } from "@/lib/policy";
import { exportProjects, parseProjectFilters, projectWhere } from "@/lib/projects/queries";
import { exportResults } from "@/lib/results/queries";
import { exportReports } from "@/lib/reporting/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";

let manager: Viewer;
let partner: Viewer;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  manager = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
  partner = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "japan@example.org" } }));
}, 120_000);

it("exports partners by kind and country, with their contacts", async () => {
  const rows = await exportPartners(manager, parsePartnerFilters({ kind: "DEVELOPMENT_BANK" }));
  expect(rows?.map((r) => r.acronym)).toEqual(["ADB", "IFC"]);
  expect(rows?.[0].contacts.map((c) => c.name)).toEqual(["Maria Santos"]);
  expect((await exportPartners(manager, parsePartnerFilters({ country: "regional" })))?.map((r) => r.acronym).sort()).toEqual(["ADB", "ASEAN", "ESCAP", "IFC", "ILO", "UNDP"]);
  expect(await exportPartners(partner, {})).toBeNull();
});

it("exports projects by stage and current health", async () => {
  expect((await exportProjects(manager, parseProjectFilters({ health: "AT_RISK" })))?.map((p) => p.code)).toEqual(["VNM/09/01/IFC"]);
  expect((await exportProjects(manager, parseProjectFilters({ lifecycle: "PIPELINE" })))?.map((p) => p.code)).toEqual(["RAS/15/01/KOR"]);
  expect(await exportProjects(partner, {})).toBeNull();
});

it("exports the results frameworks of the projects the list shows, for staff only", async () => {
  const indicators = await exportResults(manager, await projectWhere(manager, parseProjectFilters({ country: "LA" })));
  // Lao PDR: the inspection project and the social protection project, each with its indicators and periods.
  expect(new Set(indicators?.map((i) => i.result.project.code))).toEqual(new Set(["RAS/13/02/SGP", "RAS/12/03/JPN"]));
  const trained = indicators!.find((i) => i.title === "Labour inspectors trained")!;
  expect(trained.periods.map((p) => p.actual?.toString() ?? null)).toEqual(["38", "84", "97", null]);
  expect(trained.periods[2].report?.organisation.name).toBe("Association of Southeast Asian Nations");
  expect(await exportResults(partner, {})).toBeNull();
});

it("exports the partners' reports of a tab of the list, for staff only", async () => {
  const on = new Date("2026-12-02T00:00:00Z");
  expect((await exportReports(manager, "returned", on))?.map((r) => [r.project.code, r.kind, r.decisionComment?.slice(0, 24)])).toEqual([
    ["RAS/13/02/SGP", "FINANCIAL", "The expenditure table do"],
  ]);
  expect((await exportReports(manager, "overdue", on))?.map((r) => r.dueOn.toISOString().slice(0, 10))).toEqual(["2026-03-31"]);
  expect(await exportReports(partner, "waiting", on)).toBeNull();
});

it("lists and exports meetings by status, partner, dates and search", async () => {
  const adb = await db().organisation.findFirstOrThrow({ where: { acronym: "ADB" } });
  const titles = async (params: Record<string, string>) => (await listMeetings(manager, parseMeetingFilters(params)))?.rows.map((m) => m.title);
  expect(await titles({ partner: adb.id })).toEqual(["ILO/ADB yearly consultation 2025", "ILO/ADB yearly consultation 2024"]);
  expect(await titles({ status: "PLANNED" })).toEqual(["ILO/ASEAN yearly review 2026"]);
  expect(await titles({ from: "2026-01-01", to: "2026-06-30" })).toEqual(["ILO/Japan annual programme meeting 2026"]);
  expect(await titles({ q: "escap" })).toEqual(["ILO/ESCAP progress review 2026"]);
  expect((await exportMeetings(manager, parseMeetingFilters({ status: "HELD" })))?.length).toBe(5);
  expect(await listMeetings(partner)).toBeNull();
  expect(await exportMeetings(partner, {})).toBeNull();
});

it("sorts the partner, project and meeting lists as their URLs say", async () => {
  const { listPartners } = await import("@/lib/partners/queries");
  const { listProjects } = await import("@/lib/projects/queries");
  // The database's collation orders names; what the URL changes is the direction.
  const names = async (params: Record<string, string>) => (await listPartners(manager, parsePartnerFilters(params)))!.rows.map((r) => r.name);
  expect(await names({ sort: "name", desc: "1" })).toEqual((await names({ sort: "name" })).reverse());
  expect((await listPartners(manager, parsePartnerFilters({ sort: "kind" })))!.rows[0].kind).toBe("GOVERNMENT");
  const ends = (await listProjects(manager, parseProjectFilters({ sort: "ends" })))!.rows.map((r) => r.endsOn?.toISOString() ?? "~");
  expect(ends).toEqual([...ends].sort());
  const titles = async (params: Record<string, string>) => (await listMeetings(manager, parseMeetingFilters(params)))!.rows.map((m) => m.title);
  expect((await titles({ sort: "title" }))[0]).toBe("ILO/ADB yearly consultation 2024");
  expect(await titles({ sort: "title", desc: "1" })).toEqual((await titles({ sort: "title" })).reverse());
  const oldestFirst = (await listMeetings(manager, parseMeetingFilters({ sort: "date", desc: "1" })))!.rows.map((m) => m.heldOn.getTime());
  expect(oldestFirst).toEqual([...oldestFirst].sort((a, b) => a - b));
  expect(parsePartnerFilters({ sort: "password" }).sort).toBe("name");
});
