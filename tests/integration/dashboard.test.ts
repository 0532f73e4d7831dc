// The dashboard's figures on the demo data, against values counted by hand from
// prisma/seed/demo-data.ts on 29 Nov 2026; and each figure equals the list it links to.
import { beforeAll, describe, expect, it } from "vitest";
import { listActionItems } from "@/lib/action-items/queries";
import { setAgreementArchived } from "@/lib/agreements/mutations";
import { listAgreements } from "@/lib/agreements/queries";
import { dashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { listProjects } from "@/lib/projects/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";

const ON = new Date("2026-11-29T00:00:00Z");
let manager: ReturnType<typeof viewerOf>;
let partner: ReturnType<typeof viewerOf>;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  manager = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
  partner = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "asean@example.org" } }));
}, 120_000);

const asMap = <K extends string>(rows: { key: K; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

describe("the whole portfolio", () => {
  it("counts agreements by status, instrument, modality and kind of partner", async () => {
    const d = (await dashboard(manager, {}, ON))!;
    // Thirteen from the brochure, and the draft the won Australian opportunity became (the pipeline's demo).
    expect(d.agreements.total).toBe(14);
    expect(asMap(d.agreements.byStatus)).toEqual({ ACTIVE: 10, EXPIRED: 2, DRAFT: 2 });
    expect(asMap(d.agreements.byInstrument)).toEqual({ PARTNERSHIP_AGREEMENT: 7, COOPERATION_AGREEMENT: 2, MOU: 3, LETTER_OF_INTENT: 1, PPP_AGREEMENT: 1 });
    expect(asMap(d.agreements.byModality)).toEqual({ BILATERAL: 7, INSTITUTIONAL: 4, SOUTH_SOUTH: 1, TRIANGULAR: 1, PUBLIC_PRIVATE: 1 });
    // The ILO is a party to all fourteen (two are drafts); ADB and IFC are development banks; nine have a government party.
    expect(asMap(d.agreements.byPartnerKind)).toEqual({ UN_MULTILATERAL: 14, GOVERNMENT: 9, DEVELOPMENT_BANK: 2, REGIONAL_BODY: 1, PRIVATE_COMPANY: 1 });
  });

  it("finds what expires soon, the yearly meetings held and the action items open and overdue", async () => {
    const d = (await dashboard(manager, {}, ON))!;
    // Singapore (31 Dec 2026) is 32 days away; BP (31 Jan 2027) and Lao PDR-Singapore (9 Feb 2027) follow.
    expect(d.agreements.expiring).toEqual([
      { days: 30, count: 0 },
      { days: 90, count: 3 },
      { days: 180, count: 3 },
    ]);
    // Ten active agreements expect yearly meetings; ESCAP (Oct) and Japan (Jan) held theirs in 2026.
    expect(d.meetings).toEqual({ due: 10, held: 2, notHeld: 8 });
    expect(d.actionItems).toEqual({ open: 5, overdue: 5 });
  });

  it("sums contributions exactly, per funding partner and currency, largest first", async () => {
    const d = (await dashboard(manager, {}, ON))!;
    expect(d.contributions.map((c) => [c.name, c.currency, c.total, c.agreements, c.partners])).toEqual([
      // With the draft the won opportunity became (AUD 1,200,000).
      ["Government of Australia", "AUD", "28700000.00", 3, 1],
      ["Government of Japan", "JPY", "380000000.00", 1, 1],
      ["Government of the Republic of Korea", "USD", "4200000.00", 1, 2],
      ["BP Indonesia", "USD", "2500000.00", 1, 2],
    ]);
  });

  it("counts projects by stage, health of the active ones, country and theme", async () => {
    const d = (await dashboard(manager, {}, ON))!;
    expect(d.projects.total).toBe(8);
    expect(asMap(d.projects.byLifecycle)).toEqual({ ACTIVE: 6, CLOSED: 1, PIPELINE: 1 });
    expect(Object.fromEntries(d.projects.byHealth.map((r) => [r.health, r.count]))).toEqual({ ON_TRACK: 4, AT_RISK: 1, OFF_TRACK: 1 });
    expect(Object.fromEntries(d.projects.byCountry.map((r) => [r.country, r.count]))).toEqual({ KH: 3, ID: 3, LA: 3, VN: 2, PH: 1, MM: 1, MN: 1 });
    const themes = Object.fromEntries(d.projects.byTheme.map((r) => [r.label, r.count]));
    expect(Object.values(themes).reduce((a, b) => a + b, 0)).toBe(13);
    expect(d.projects.byTheme[0]).toMatchObject({ count: 3 }); // productivity: the three Better Work projects
  });

  it("draws a timeline of agreement periods around the year, soonest expiry first", async () => {
    const d = (await dashboard(manager, {}, ON))!;
    // 2021-2028: every agreement but the first Australian one (ended 2015).
    expect(d.timeline.total).toBe(11);
    expect(d.timeline.rows[0].title).toBe("ILO/Australia Partnership Agreement 2016-2021 (invented successor)");
    expect(d.timeline.rows.at(-1)?.end).toBeNull();
  });
});

describe("filters", () => {
  it("narrows every figure to a country", async () => {
    const d = (await dashboard(manager, { country: "LA" }, ON))!;
    // ASEAN covers Lao PDR; so does the triangular agreement. Projects in LA: three.
    expect(d.agreements.total).toBe(2);
    expect(d.agreements.expiring.find((e) => e.days === 90)?.count).toBe(1);
    expect(d.actionItems).toEqual({ open: 2, overdue: 2 });
    expect(d.projects.total).toBe(3);
  });

  it("narrows to a theme and to the agreements in force in a year", async () => {
    const osh = await db().theme.findUniqueOrThrow({ where: { code: "osh" } });
    const d = (await dashboard(manager, { theme: osh.id }, ON))!;
    expect(d.agreements.total).toBe(3); // ASEAN, Singapore, Lao PDR-Singapore
    expect(d.projects.total).toBe(1);
    const in2015 = (await dashboard(manager, { year: 2015 }, ON))!;
    // In force in 2015: all but the 2016 successor (the first Australian agreement ran to 31 Dec 2015).
    expect(in2015.agreements.total).toBe(11);
    expect(in2015.meetings.due).toBe(10); // the active ones among them; none held a meeting in 2015
    expect(in2015.meetings.held).toBe(0);
  });
});

describe("each figure is the count of the list it links to", () => {
  it("agreements, action items and projects", async () => {
    const d = (await dashboard(manager, { country: "ID" }, ON))!;
    const base = { country: "ID" };
    for (const { key, count } of d.agreements.byStatus) expect((await listAgreements(manager, { ...base, status: key }, ON)).total).toBe(count);
    for (const { key, count } of d.agreements.byPartnerKind) expect((await listAgreements(manager, { ...base, partnerKind: key }, ON)).total).toBe(count);
    for (const { days, count } of d.agreements.expiring) expect((await listAgreements(manager, { ...base, expiringWithin: days }, ON)).total).toBe(count);
    const year = d.meetingYear;
    expect((await listAgreements(manager, { ...base, meetingYear: year, meetingHeld: "1" }, ON)).total).toBe(d.meetings.held);
    expect((await listAgreements(manager, { ...base, meetingYear: year, meetingHeld: "0" }, ON)).total).toBe(d.meetings.notHeld);
    expect((await listActionItems(manager, { ...base, state: "overdue" }, ON))!.total).toBe(d.actionItems.overdue);
    for (const { health, count } of d.projects.byHealth) {
      expect((await listProjects(manager, { ...base, lifecycle: "ACTIVE", health: health ?? "NONE" }))!.total).toBe(count);
    }
    for (const { themeId, count } of d.projects.byTheme) expect((await listProjects(manager, { ...base, theme: themeId }))!.total).toBe(count);
  });
});

it("shows a change at once: the figures are cached until the next recorded change", async () => {
  const before = (await dashboard(manager, {}, ON))!;
  expect(await dashboard(manager, {}, ON)).toBe(before); // the same figures, not computed again
  const singapore = await db().agreement.findFirstOrThrow({ where: { reference: "RUP/SGP/2008-01" } });
  const officer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer@example.org" } }));
  expect(await setAgreementArchived(officer, singapore.id, singapore.version, true)).toMatchObject({ ok: true });
  const after = (await dashboard(manager, {}, ON))!;
  expect(after.agreements.total).toBe(before.agreements.total - 1);
  expect(after.agreements.expiring.find((e) => e.days === 90)?.count).toBe(2);
  expect(await setAgreementArchived(officer, singapore.id, singapore.version + 1, false)).toMatchObject({ ok: true });
  expect((await dashboard(manager, {}, ON))!.agreements.total).toBe(before.agreements.total);
});

it("is not for partners", async () => {
  expect(await dashboard(partner, {}, ON)).toBeNull();
  expect(await listActionItems(partner, { state: "open" }, ON)).toBeNull();
});
