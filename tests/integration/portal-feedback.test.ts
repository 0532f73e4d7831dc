// Partners answer on their portal: acknowledging shared minutes and commenting on the action
// items that concern them; officers see both. Nothing of another organisation's is reachable.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acknowledgeMinutes, commentOnActionItem } from "@/lib/meetings/feedback";
import { findMeeting } from "@/lib/meetings/queries";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

type V = ReturnType<typeof viewerOf>;
let asean: V, adb: V, officer: V, manager: V;
const meetingId = async (title: string) => (await db().meeting.findFirstOrThrow({ where: { title } })).id;
const itemId = async (description: string) => (await db().actionItem.findFirstOrThrow({ where: { description } })).id;

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  const as = async (email: string) => viewerOf(await db().user.findUniqueOrThrow({ where: { email } }));
  [asean, adb, officer, manager] = await Promise.all(["asean@example.org", "adb@example.org", "officer@example.org", "manager@example.org"].map(as));
}, 120_000);

describe("acknowledging minutes", () => {
  it("a partner acknowledges shared minutes once for its organisation; officers see it", async () => {
    const id = await meetingId("ILO/ASEAN yearly review 2025");
    expect(await acknowledgeMinutes(asean, id)).toMatchObject({ ok: true });
    expect(await acknowledgeMinutes(asean, id)).toMatchObject({ ok: true }); // a double click changes nothing
    expect(await db().minutesAcknowledgement.count({ where: { meetingId: id } })).toBe(1);
    const seen = await findMeeting(officer, id);
    expect(seen!.acknowledgements).toMatchObject([{ organisation: { acronym: "ASEAN" } }]);
  });

  it("refuses unshared minutes, other organisations' meetings, and staff", async () => {
    expect(inEnglish(await acknowledgeMinutes(adb, await meetingId("ILO/ADB yearly consultation 2025")))).toMatchObject({ ok: false }); // not shared
    expect(inEnglish(await acknowledgeMinutes(adb, await meetingId("ILO/ASEAN yearly review 2025")))).toMatchObject({ ok: false, message: expect.stringMatching(/not yours/) });
    expect(inEnglish(await acknowledgeMinutes(officer, await meetingId("ILO/ADB yearly consultation 2024")))).toMatchObject({ ok: false });
    expect(inEnglish(await acknowledgeMinutes(manager, await meetingId("ILO/ADB yearly consultation 2024")))).toMatchObject({ ok: false });
    expect(await db().minutesAcknowledgement.count({ where: { organisation: { acronym: "ADB" } } })).toBe(0);
  });
});

describe("comments on action items", () => {
  it("a partner comments on its own organisation's action item; officers read and reply", async () => {
    const id = await itemId("Share ASEAN labour statistics for the regional outlook");
    expect(await commentOnActionItem(asean, id, "  Data for 2025 will be ready in January. <script>alert(1)</script> ")).toMatchObject({ ok: true });
    expect(await commentOnActionItem(officer, id, "Thank you: we will plan the outlook for February.")).toMatchObject({ ok: true });
    const meeting = await findMeeting(officer, await meetingId("ILO/ASEAN yearly review 2025"));
    const item = meeting!.actionItems.find((i) => i.id === id)!;
    expect(item.comments.map((c) => c.body)).toEqual(["Data for 2025 will be ready in January. <script>alert(1)</script>", "Thank you: we will plan the outlook for February."]);
    // The partner sees the thread on its portal too.
    const portal = await findMeeting(asean, await meetingId("ILO/ASEAN yearly review 2025"));
    expect(portal!.actionItems.find((i) => i.id === id)!.comments).toHaveLength(2);
  });

  it("refuses items owned by someone else, other organisations' items, managers, and empty or huge comments", async () => {
    const ilosItem = await itemId("Publish a regional OSH labour inspection guide"); // ASEAN agreement, owned by the ILO
    expect(inEnglish(await commentOnActionItem(asean, ilosItem, "Can we help?"))).toMatchObject({ ok: false });
    const adbItem = await itemId("Joint note on green jobs in ADB infrastructure projects");
    expect(inEnglish(await commentOnActionItem(asean, adbItem, "Hello"))).toMatchObject({ ok: false, message: expect.stringMatching(/not yours/) });
    expect(inEnglish(await commentOnActionItem(manager, adbItem, "Noted"))).toMatchObject({ ok: false });
    expect(inEnglish(await commentOnActionItem(adb, adbItem, "   "))).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    expect(inEnglish(await commentOnActionItem(adb, adbItem, "x".repeat(2001)))).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    expect(inEnglish(await commentOnActionItem(adb, "no-such-item", "Hello"))).toMatchObject({ ok: false });
    expect(await db().actionItemComment.count({ where: { actionItemId: { in: [ilosItem, adbItem] } } })).toBe(0);
  });
});
