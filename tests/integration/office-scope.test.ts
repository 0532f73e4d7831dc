// Who may do what, by office, on the demo data: the Jakarta country office keeps the BP agreement;
// the regional office above it keeps ASEAN's and the others. Viewers are made as a session makes
// them (lib/offices/reach.ts), from the demo users' offices.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/lib/audit/queries";
import { OFFICE_OF, unitWide, type AuditedKind } from "@/lib/offices/of-record";
import { partnerForEdit } from "@/lib/partners/queries";
import { updatePartner } from "@/lib/partners/mutations";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { setAgreementArchived, updateAgreement } from "@/lib/agreements/mutations";
import { agreementForEdit, findAgreement, listAgreements } from "@/lib/agreements/queries";
import { dashboard } from "@/lib/dashboard/queries";
import { feedEvents } from "@/lib/calendar/feed";
import { db } from "@/lib/db";
import { createMeeting } from "@/lib/meetings/mutations";
import { findMeeting, meetingForEdit, meetingsOverview } from "@/lib/meetings/queries";
import { searchEverything } from "@/lib/search/everything";
import { officeReach } from "@/lib/offices/reach";
import type { Viewer } from "@/lib/policy";
import { projectWhere } from "@/lib/projects/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { inEnglish } from "../support/english";
import { viewerOf } from "../support/factories";

const ON = new Date("2026-11-29T00:00:00Z");
let jakartaOfficer: Viewer, jakartaManager: Viewer, regionalManager: Viewer, regionalOfficer: Viewer;
let asean: string, bp: string;

async function sessionViewer(email: string, officersReadAll = true): Promise<Viewer> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { ...viewerOf(user), officeId: user.officeId, ...(await officeReach(user.role, user.officeId, officersReadAll)) };
}

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  [jakartaOfficer, jakartaManager, regionalManager, regionalOfficer] = await Promise.all(
    ["officer2@example.org", "manager2@example.org", "manager@example.org", "officer@example.org"].map((email) => sessionViewer(email)),
  );
  asean = (await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } })).id;
  bp = (await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/BP/2011-01" } })).id;
}, 120_000);

describe("an officer of a country office", () => {
  it("reads every office's agreements but edits only its own office's", async () => {
    expect(await findAgreement(jakartaOfficer, asean)).not.toBeNull();
    expect(await agreementForEdit(jakartaOfficer, asean)).toBeNull();
    expect(await agreementForEdit(jakartaOfficer, bp)).not.toBeNull();
    const aseanRow = await db().agreement.findUniqueOrThrow({ where: { id: asean } });
    expect(inEnglish(await setAgreementArchived(jakartaOfficer, asean, aseanRow.version, true))).toMatchObject({ ok: false, denied: true });
    const edit = (await agreementForEdit(regionalOfficer, asean))!;
    expect(inEnglish(await updateAgreement(jakartaOfficer, asean, edit.version, { ...edit.values, title: "Taken over" }))).toMatchObject({
      ok: false,
      denied: true,
      message: "This belongs to another office: its officers keep it.",
    });
    const meeting = await createMeeting(jakartaOfficer, { agreementId: asean, kind: "ANNUAL_REVIEW", title: "Not ours", heldOn: "2027-01-10", status: "PLANNED" } as never);
    expect(meeting).toMatchObject({ ok: false, denied: true });
    expect((await db().agreement.findUniqueOrThrow({ where: { id: asean } })).title).toBe(aseanRow.title);
  });

  it("cannot move its own agreement to an office it does not keep; the regional officer can move it anywhere below", async () => {
    const region = (await db().office.findFirstOrThrow({ where: { parentId: null } })).id;
    const hanoi = (await db().office.findFirstOrThrow({ where: { city: "Hanoi" } })).id;
    const edit = (await agreementForEdit(jakartaOfficer, bp))!;
    expect(await updateAgreement(jakartaOfficer, bp, edit.version, { ...edit.values, officeId: region })).toMatchObject({ ok: false, denied: true });
    expect(await updateAgreement(regionalOfficer, bp, edit.version, { ...edit.values, officeId: hanoi })).toMatchObject({ ok: true });
    const back = (await agreementForEdit(regionalOfficer, bp))!;
    expect(await updateAgreement(regionalOfficer, bp, back.version, { ...back.values, officeId: edit.values.officeId })).toMatchObject({ ok: true });
  });

  it("sees only its own offices' records where the organisation says so", async () => {
    const narrow = await sessionViewer("officer2@example.org", false);
    expect(await findAgreement(narrow, asean)).toBeNull();
    expect(await findAgreement(narrow, bp)).not.toBeNull();
  });
});

describe("a meeting held by another office than its agreement's", () => {
  it("is that office's: its officers change it, its managers read it", async () => {
    const jakarta = (await db().office.findFirstOrThrow({ where: { city: "Jakarta" } })).id;
    const values = { agreementId: asean, kind: "TECHNICAL", title: "ASEAN OSH network meeting in Jakarta", heldOn: "2027-02-10", status: "PLANNED", location: "Jakarta", officeId: jakarta, online: false, agenda: "", minutes: "", decisions: "", minutesShared: false, participants: [], actionItems: [] } as const;
    // The Jakarta officer may not add a meeting to the regional office's agreement, even one Jakarta holds.
    expect(await createMeeting(jakartaOfficer, { ...values, participants: [], actionItems: [] })).toMatchObject({ ok: false, denied: true });
    const created = await createMeeting(regionalOfficer, { ...values, participants: [], actionItems: [] });
    if (!created.ok) throw new Error(JSON.stringify(inEnglish(created)));
    expect(await meetingForEdit(jakartaOfficer, created.id)).not.toBeNull();
    expect(await findMeeting(jakartaManager, created.id)).not.toBeNull();
    const other = await db().meeting.findFirstOrThrow({ where: { agreementId: asean, officeId: null } });
    expect(await findMeeting(jakartaManager, other.id)).toBeNull();
    expect(await meetingForEdit(jakartaOfficer, other.id)).toBeNull();
  });

  it("is in that office's managers' calendar feed, and not in the feed of its agreement's office", async () => {
    const region = (await db().office.findFirstOrThrow({ where: { parentId: null } })).id;
    const values = { agreementId: bp, kind: "TECHNICAL", title: "BP review held by the regional office", heldOn: "2027-03-10", status: "PLANNED", location: "Bangkok", officeId: region, online: false, agenda: "", minutes: "", decisions: "", minutesShared: false, participants: [], actionItems: [] } as const;
    const created = await createMeeting(regionalOfficer, { ...values, participants: [], actionItems: [] });
    if (!created.ok) throw new Error(JSON.stringify(inEnglish(created)));
    const meetings = async (viewer: Viewer) => (await feedEvents(viewer, ON)).filter((e) => e.uid.startsWith("meeting-")).map((e) => e.summary);
    const jakarta = await meetings(jakartaManager);
    expect(jakarta).toContain("ASEAN OSH network meeting in Jakarta");
    expect(jakarta).not.toContain("BP review held by the regional office");
    expect(await meetings(regionalManager)).toEqual(expect.arrayContaining(["ASEAN OSH network meeting in Jakarta", "BP review held by the regional office"]));
  });
});

describe("a manager", () => {
  it("of a country office reads only its offices' records, in lists and on pages", async () => {
    expect(await findAgreement(jakartaManager, asean)).toBeNull();
    expect(await findAgreement(jakartaManager, bp)).not.toBeNull();
    const listed = (await listAgreements(jakartaManager, parseAgreementFilters({}), ON)).rows;
    const offices = await db().agreement.findMany({ where: { id: { in: listed.map((r) => r.id) } }, select: { office: { select: { city: true } } } });
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(offices.map((o) => o.office.city))).toEqual(new Set(["Jakarta"]));
    const projects = await db().project.findMany({ where: await projectWhere(jakartaManager, {}), select: { code: true } });
    expect(projects.map((p) => p.code).sort()).toEqual(["IDN/11/01/IFC", "IDN/11/02/BPI"]);
    // Search finds no other office's record either, by name or through its meetings.
    // (The one ASEAN meeting it finds is the one Jakarta holds, above.)
    const found = (await searchEverything(jakartaManager, "ASEAN"))!;
    expect([found.agreements.total, found.projects.total]).toEqual([0, 0]);
    expect(found.meetings.rows.map((m) => m.title)).toEqual(["ASEAN OSH network meeting in Jakarta"]);
    expect((await searchEverything(regionalManager, "ASEAN"))!.agreements.total).toBeGreaterThan(0);
    const overview = (await meetingsOverview(jakartaManager, ON))!;
    expect([...overview.upcoming, ...overview.recent].every((m) => !m.title.includes("ASEAN") || m.title.endsWith("in Jakarta"))).toBe(true);
  });

  it("sees the dashboard of its offices; the regional manager's rolls every country office up into the region", async () => {
    const country = (await dashboard(jakartaManager, {}, ON))!;
    expect(country.byOffice.map((o) => o.name)).toEqual(["ILO Country Office for Indonesia and Timor-Leste"]);
    expect(country.agreements.total).toBe(await db().agreement.count({ where: { archived: false, office: { city: "Jakarta" } } }));

    const regional = (await dashboard(regionalManager, {}, ON))!;
    const [top, ...below] = regional.byOffice;
    expect(top.depth).toBe(0);
    expect(below.every((o) => o.depth === 1)).toBe(true);
    expect(top.agreements).toBe(regional.agreements.total); // everything rolls up to the top
    expect(top.projects).toBe(regional.projects.total);
    expect(top.openActions).toBe(regional.actionItems.open);
    const jakarta = regional.byOffice.find((o) => o.name.includes("Indonesia"))!;
    expect(jakarta.agreements).toBe(country.agreements.total);
    expect(jakarta.projects).toBe(2);
    // Narrowed to one office, the figures are that office's and those below it.
    const narrowed = (await dashboard(regionalManager, { office: jakarta.id }, ON))!;
    expect(narrowed.agreements.total).toBe(jakarta.agreements);
    expect(narrowed.byOffice.map((o) => o.id)).toEqual([jakarta.id]);
  });
});

describe("the audit log", () => {
  it("shows a country office's manager its offices' events and the unit-wide ones, not another office's changes", async () => {
    const edit = async (viewer: Viewer, id: string, title: string) => {
      const form = (await agreementForEdit(viewer, id))!;
      expect(await updateAgreement(viewer, id, form.version, { ...form.values, title })).toMatchObject({ ok: true });
    };
    await edit(jakartaOfficer, bp, "BP Tangguh partnership (audit by office)");
    await edit(regionalOfficer, asean, "ASEAN OSH partnership (audit by office)");
    const partner = await db().organisation.findFirstOrThrow({ where: { acronym: "ASEAN" } });
    const form = (await partnerForEdit(regionalOfficer, partner.id))!;
    expect(await updatePartner(regionalOfficer, partner.id, form.version, { ...form.values, website: "https://asean.org/audit-by-office" })).toMatchObject({ ok: true });

    const seen = async (viewer: Viewer) => (await auditLog(viewer, { page: 1 }))!.rows.map((e) => `${e.entityType}:${e.entityId}`);
    const jakarta = await seen(jakartaManager);
    expect(jakarta).toContain(`Agreement:${bp}`);
    expect(jakarta).toContain(`Organisation:${partner.id}`);
    expect(jakarta).not.toContain(`Agreement:${asean}`);
    // Filtered to agreements, the count is of its offices' events too.
    const agreements = (await auditLog(jakartaManager, { entityType: "Agreement" }))!;
    expect(agreements.rows.every((e) => e.entityId !== asean)).toBe(true);
    expect(agreements.total).toBe(agreements.rows.length);
    expect(await seen(regionalManager)).toEqual(expect.arrayContaining([`Agreement:${bp}`, `Agreement:${asean}`, `Organisation:${partner.id}`]));
  });

  it("places the events recorded before offices were recorded on them as the code places new ones", async () => {
    // The migration's backfill (SQL) and OFFICE_OF (what recordAudit uses) must agree on every kind.
    const kinds = (Object.keys(OFFICE_OF) as AuditedKind[]).filter((kind) => OFFICE_OF[kind] !== unitWide);
    const events: { id: bigint; kind: AuditedKind; entityId: string }[] = [];
    for (const kind of kinds) {
      const rows = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "${kind}" ORDER BY "id" LIMIT 3`);
      expect(rows.length, kind).toBeGreaterThan(0);
      for (const { id } of rows) {
        const event = await db().auditEvent.create({ data: { action: "update", entityType: kind, entityId: id, changes: {} } });
        events.push({ id: event.id, kind, entityId: id });
      }
    }
    const sql = fs.readFileSync("prisma/migrations/20261216000000_audit_offices/migration.sql", "utf8");
    const backfill = sql.split(/;\s*\n/).map((s) => s.replace(/^(--.*\n)+/, "").trim()).filter((s) => s.startsWith("UPDATE"));
    expect(backfill.length).toBe(kinds.length);
    for (const statement of backfill) await db().$executeRawUnsafe(statement);
    for (const event of events) {
      const { officeId } = await db().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
      expect(officeId, `${event.kind} ${event.entityId}`).toBe((await OFFICE_OF[event.kind](db(), event.entityId)) ?? null);
      expect(officeId, `${event.kind} ${event.entityId}`).not.toBeNull();
    }
  });
});
