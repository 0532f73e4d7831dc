import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMeeting, setMeetingArchived, updateMeeting } from "@/lib/meetings/mutations";
import { findMeeting, meetingsOverview } from "@/lib/meetings/queries";
import type { MeetingFormValues } from "@/lib/meetings/schema";
import type { Viewer } from "@/lib/policy";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

let officer: Viewer;
let officer2: Viewer;
let manager: Viewer;
let aseanPartner: Viewer;
let adbPartner: Viewer;
let ilo: string;
let asean: string;
let agreementId: string;

beforeAll(async () => {
  ilo = (await makeOrganisation("ILO")).id;
  asean = (await makeOrganisation("ASEAN")).id;
  const adb = (await makeOrganisation("ADB")).id;
  agreementId = (await makeAgreement([ilo, asean])).id;
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  aseanPartner = viewerOf(await makeUser("PARTNER", { organisationId: asean }));
  adbPartner = viewerOf(await makeUser("PARTNER", { organisationId: adb }));
});

const review = (overrides: Partial<MeetingFormValues> = {}): MeetingFormValues => ({
  agreementId,
  kind: "ANNUAL_REVIEW",
  title: "Yearly review 2026",
  heldOn: "2026-05-14",
  status: "HELD",
  location: "Jakarta",
  online: false,
  agenda: "1. Work plan",
  minutes: "Internal and shared minutes text.",
  decisions: "Continue the OSH network.",
  minutesShared: false,
  participants: ["Siti Rahman (ASEAN)", "Olivia Officer (ILO)"],
  actionItems: [
    { id: "", description: "Co-organise the migration forum", ownerOrganisationId: asean, dueOn: "2026-10-30", status: "OPEN", projectId: "" },
    { id: "", description: "Publish the inspection guide", ownerOrganisationId: ilo, dueOn: "2027-03-31", status: "IN_PROGRESS", projectId: "" },
    { id: "", description: "Share labour statistics", ownerOrganisationId: asean, dueOn: "2026-06-30", status: "OPEN", projectId: "" },
  ],
  ...overrides,
});

async function create(values = review()) {
  const result = await createMeeting(officer, values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe("recording a meeting", () => {
  it("an officer records a yearly meeting with minutes and three action items", async () => {
    const id = await create();
    const meeting = await findMeeting(officer, id);
    expect(meeting?.actionItems.map((a) => a.description)).toEqual([
      "Share labour statistics",
      "Co-organise the migration forum",
      "Publish the inspection guide",
    ]);
    expect(meeting?.participants).toHaveLength(2);
    expect(meeting?.minutes).toBe("Internal and shared minutes text.");
  });

  it("refuses an owner who is not a party, a date that is not one, and sharing empty minutes", async () => {
    const adb = (await db().organisation.findFirstOrThrow({ where: { name: "ADB" } })).id;
    const notParty = await createMeeting(officer, review({ actionItems: [{ ...review().actionItems[0], ownerOrganisationId: adb }] }));
    expect(inEnglish(notParty)).toMatchObject({ ok: false, fieldErrors: { "actionItems.0.ownerOrganisationId": "Choose one of the agreement's parties." } });
    expect(inEnglish(await createMeeting(officer, review({ heldOn: "14/05/2026" })))).toMatchObject({ ok: false, fieldErrors: { heldOn: "Enter a date as YYYY-MM-DD." } });
    expect(inEnglish(await createMeeting(officer, review({ minutes: "", decisions: "", minutesShared: true })))).toMatchObject({
      ok: false,
      fieldErrors: { minutesShared: "There are no minutes or decisions to share yet." },
    });
    expect(inEnglish(await createMeeting(manager, review()))).toMatchObject({ ok: false, message: "You may not record meetings." });
  });

  it("editing keeps, changes and archives action items; a late second save is refused", async () => {
    const id = await create();
    const items = (await findMeeting(officer, id))!.actionItems;
    const forum = items.find((i) => i.description.startsWith("Co-organise"))!;
    const values = review({
      actionItems: [{ id: forum.id, description: forum.description, ownerOrganisationId: asean, dueOn: "2026-10-30", status: "DONE", projectId: "" }],
    });
    expect((await updateMeeting(officer, id, 1, values)).ok).toBe(true);
    expect((await findMeeting(officer, id))!.actionItems.map((a) => [a.description, a.status])).toEqual([["Co-organise the migration forum", "DONE"]]);
    expect(await db().actionItem.count({ where: { meetingId: id } })).toBe(3); // two archived, none deleted
    expect(inEnglish(await updateMeeting(officer2, id, 1, values))).toMatchObject({ ok: false, message: expect.stringContaining(`changed by ${officer.name}`) });
  });
});

describe("what partners see of a meeting", () => {
  it("a party sees the meeting, its own action items only, and the minutes only once shared", async () => {
    const id = await create();
    const unshared = await findMeeting(aseanPartner, id);
    expect(unshared?.minutes).toBeNull();
    expect(unshared?.decisions).toBeNull();
    expect(unshared?.minutesWithheld).toBe(true);
    expect(unshared?.actionItems.map((a) => a.description).sort()).toEqual(["Co-organise the migration forum", "Share labour statistics"]);

    expect((await updateMeeting(officer, id, 1, review({ minutesShared: true, actionItems: [] }))).ok).toBe(true);
    const shared = await findMeeting(aseanPartner, id);
    expect(shared?.minutes).toBe("Internal and shared minutes text.");
  });

  it("another organisation's partner gets nothing, and nobody but staff sees an archived meeting", async () => {
    const id = await create();
    expect(await findMeeting(adbPartner, id)).toBeNull();
    expect((await setMeetingArchived(officer, id, 1, true)).ok).toBe(true);
    expect(await findMeeting(aseanPartner, id)).toBeNull();
    expect((await findMeeting(manager, id))?.archived).toBe(true);
  });
});

it("the meetings overview lists what is coming and overdue action items, for staff only", async () => {
  await create(review({ title: "Planned review", heldOn: "2027-01-20", status: "PLANNED", minutes: "", decisions: "", actionItems: [] }));
  const overview = await meetingsOverview(officer, new Date("2026-11-28T00:00:00Z"));
  expect(overview?.upcoming.map((m) => m.title)).toContain("Planned review");
  expect(overview?.overdueActionItems.map((a) => a.description)).toContain("Share labour statistics");
  expect(await meetingsOverview(aseanPartner)).toBeNull();
});

it("the agreement page's action items are a partner's own only", async () => {
  const { findAgreement } = await import("@/lib/agreements/queries");
  await create();
  const owners = async (viewer: Viewer) =>
    new Set((await findAgreement(viewer, agreementId))!.meetings.flatMap((m) => m.actionItems.map((a) => a.ownerOrganisation?.name)));
  expect(await owners(aseanPartner)).toEqual(new Set(["ASEAN"]));
  expect(await owners(officer)).toEqual(new Set(["ASEAN", "ILO"]));
});
