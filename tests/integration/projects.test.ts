import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { agreementFacts, can, type Viewer } from "@/lib/policy";
import { addStatusReport, createProject, setProjectArchived, updateProject } from "@/lib/projects/mutations";
import { findProject, listProjects } from "@/lib/projects/queries";
import type { ProjectFormValues } from "@/lib/projects/schema";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

let officer: Viewer;
let officer2: Viewer;
let manager: Viewer;
let bpPartner: Viewer;
let adbPartner: Viewer;
let agreementId: string;
let ilo: string;
let bp: string;

beforeAll(async () => {
  ilo = (await makeOrganisation("ILO")).id;
  bp = (await makeOrganisation("BP")).id;
  const adb = (await makeOrganisation("ADB")).id;
  agreementId = (await makeAgreement([ilo, bp])).id;
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  bpPartner = viewerOf(await makeUser("PARTNER", { organisationId: bp }));
  adbPartner = viewerOf(await makeUser("PARTNER", { organisationId: adb }));
});

let n = 0;
const tvet = (overrides: Partial<ProjectFormValues> = {}): ProjectFormValues => ({
  code: `IDN/26/0${++n}/BPI`,
  title: "TVET revitalisation in West Papua",
  agreementId,
  lifecycle: "ACTIVE",
  countries: "ID",
  themeIds: [],
  budgetAmount: "2500000",
  budgetCurrency: "USD",
  startsOn: "2026-01-01",
  endsOn: "2028-12-31",
  summary: "",
  responsibleOfficerId: "",
  partners: [
    { organisationId: bp, role: "FUNDING" },
    { organisationId: ilo, role: "IMPLEMENTING" },
  ],
  ...overrides,
});

async function create(values = tvet()) {
  const result = await createProject(officer, values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

const report = (date: string, health: "ON_TRACK" | "AT_RISK" | "OFF_TRACK", progress: string) => ({
  reportedOn: date,
  health,
  progressPercent: progress,
  summary: `Report of ${date}`,
  risks: "Instructor recruitment",
});

describe("projects", () => {
  it("an officer links a project to its agreement; its current health is the latest report, whatever the order of entry", async () => {
    const id = await create();
    expect((await addStatusReport(officer, id, report("2026-06-30", "AT_RISK", "40"))).ok).toBe(true);
    expect((await addStatusReport(officer, id, report("2026-03-31", "ON_TRACK", "20"))).ok).toBe(true); // entered late
    const project = await findProject(officer, id);
    expect(project?.agreement?.id).toBe(agreementId);
    expect(project?.statusReports.map((r) => r.health)).toEqual(["AT_RISK", "ON_TRACK"]);
    expect((await listProjects(officer, { health: "AT_RISK" }))?.rows.map((r) => r.id)).toContain(id);
    expect((await listProjects(officer, { health: "ON_TRACK" }))?.rows.map((r) => r.id)).not.toContain(id);
  });

  it("refuses bad reports and bad project fields beside the field", async () => {
    const id = await create();
    expect(inEnglish(await addStatusReport(officer, id, report("2026-06-30", "ON_TRACK", "140")))).toMatchObject({
      ok: false,
      fieldErrors: { progressPercent: "Enter the progress as a whole number from 0 to 100." },
    });
    expect(inEnglish(await addStatusReport(officer, id, { ...report("2026-06-30", "ON_TRACK", "10"), summary: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { summary: "Summarise where the project stands." },
    });
    expect(inEnglish(await createProject(officer, tvet({ endsOn: "2025-01-01" })))).toMatchObject({ ok: false, fieldErrors: { endsOn: "The end date is before the start." } });
    expect(inEnglish(await createProject(officer, tvet({ agreementId: "missing" })))).toMatchObject({ ok: false, fieldErrors: { agreementId: "This agreement does not exist or is archived." } });
    expect(await db().statusReport.count({ where: { projectId: id } })).toBe(0);
  });

  it("managers and partners change nothing", async () => {
    const id = await create();
    for (const viewer of [manager, bpPartner]) {
      expect((await createProject(viewer, tvet())).ok).toBe(false);
      expect((await updateProject(viewer, id, 1, tvet({ title: "x" }))).ok).toBe(false);
      expect((await addStatusReport(viewer, id, report("2026-06-30", "ON_TRACK", "10"))).ok).toBe(false);
      expect((await setProjectArchived(viewer, id, 1, true)).ok).toBe(false);
    }
    expect(await db().statusReport.count({ where: { projectId: id } })).toBe(0);
  });

  it("a late save over a newer version is refused; a duplicate code is refused beside the field", async () => {
    const id = await create();
    const values = tvet({ code: (await db().project.findUniqueOrThrow({ where: { id } })).code });
    expect((await updateProject(officer, id, 1, { ...values, title: "First" })).ok).toBe(true);
    expect(inEnglish(await updateProject(officer2, id, 1, { ...values, title: "Second" }))).toMatchObject({ ok: false, message: expect.stringContaining("changed by") });
    expect(inEnglish(await createProject(officer, tvet({ code: values.code })))).toMatchObject({ ok: false, fieldErrors: { code: "Another project already has this code." } });
  });
});

describe("what partners see of projects", () => {
  it("a party to the agreement reads the status summaries, without risks or authors; others get nothing", async () => {
    const id = await create();
    await addStatusReport(officer, id, report("2026-06-30", "AT_RISK", "40"));
    const seen = await findProject(bpPartner, id);
    expect(seen?.statusReports).toEqual([expect.objectContaining({ summary: "Report of 2026-06-30", risks: null, author: null })]);
    expect(await findProject(adbPartner, id)).toBeNull();
    expect(await listProjects(bpPartner)).toBeNull();
  });

  it("a project partner that is not party to the agreement sees the project too, and the policy agrees", async () => {
    const adb = (await db().organisation.findFirstOrThrow({ where: { name: "ADB" } })).id;
    const id = await create(tvet({ partners: [{ organisationId: adb, role: "FUNDING" }] }));
    expect((await findProject(adbPartner, id))?.id).toBe(id);
    const project = await db().project.findUniqueOrThrow({ where: { id }, include: { partners: true, agreement: { include: { parties: true } } } });
    const facts = { partyOrganisationIds: [...project.partners.map((p) => p.organisationId), ...agreementFacts(project.agreement!).partyOrganisationIds!] };
    expect(can(adbPartner, "read", "Project", facts)).toBe(true);
  });

  it("an archived project disappears for partners", async () => {
    const id = await create();
    expect((await setProjectArchived(officer, id, 1, true)).ok).toBe(true);
    expect(await findProject(bpPartner, id)).toBeNull();
    expect((await findProject(manager, id))?.archived).toBe(true);
  });
});

describe("correcting status reports", () => {
  it("an officer corrects a report (audited, version-guarded) or archives it, which moves the current health back", async () => {
    const { updateStatusReport, setStatusReportArchived } = await import("@/lib/projects/mutations");
    const id = await create();
    await addStatusReport(officer, id, report("2026-03-31", "ON_TRACK", "20"));
    await addStatusReport(officer, id, report("2026-06-30", "OFF_TRACK", "25"));
    const [latest] = (await findProject(officer, id))!.statusReports;
    const corrected = { ...report("2026-06-30", "AT_RISK", "30"), risks: "" };
    expect(inEnglish(await updateStatusReport(manager, latest.id, 1, corrected))).toMatchObject({ ok: false });
    expect(await updateStatusReport(officer, latest.id, 1, corrected)).toEqual({ ok: true, id });
    expect(inEnglish(await updateStatusReport(officer2, latest.id, 1, corrected))).toMatchObject({ ok: false, message: expect.stringContaining("changed by") });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: latest.id, action: "update" } });
    expect(event.changes).toMatchObject({ health: ["Off track", "At risk"], progressPercent: [25, 30] });

    expect((await setStatusReportArchived(officer, latest.id, 2, true)).ok).toBe(true);
    expect((await findProject(officer, id))!.statusReports.map((r) => r.health)).toEqual(["ON_TRACK"]);
  });
});
