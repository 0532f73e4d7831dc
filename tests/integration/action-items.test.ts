// The action-items list pages by keyset: walking "next" visits every item once, in order.
import { beforeAll, expect, it } from "vitest";
import { listActionItems } from "@/lib/action-items/queries";
import { db } from "@/lib/db";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";

let officer: ReturnType<typeof viewerOf>;
const ON = new Date("2026-11-29T00:00:00Z");

beforeAll(async () => {
  officer = viewerOf(await makeUser("OFFICER"));
  const agreement = await makeAgreement([(await makeOrganisation()).id]);
  const meeting = await db().meeting.create({ data: { agreementId: agreement.id, kind: "TECHNICAL", title: "Paging", heldOn: ON } });
  // 130 items: many share a due date, some have none, some are done.
  await db().actionItem.createMany({
    data: Array.from({ length: 130 }, (_, i) => ({
      meetingId: meeting.id,
      description: `Item ${i}`,
      dueOn: i % 10 === 0 ? null : new Date(Date.UTC(2026, i % 5, 1)),
      status: i % 7 === 0 ? ("DONE" as const) : ("OPEN" as const),
    })),
  });
});

it("visits every open item once, due date first and undated last", async () => {
  const seen: { id: string; dueOn: Date | null }[] = [];
  let after: string | undefined;
  let total = 0;
  for (let pages = 0; pages < 10; pages++) {
    const page = (await listActionItems(officer, { state: "open", after }, ON))!;
    total = page.total;
    seen.push(...page.rows);
    if (!page.next) break;
    after = page.next;
  }
  const open = await db().actionItem.count({ where: { status: "OPEN" } });
  expect(total).toBe(open);
  expect(seen).toHaveLength(open);
  expect(new Set(seen.map((r) => r.id)).size).toBe(open);
  const dates = seen.map((r) => r.dueOn?.getTime() ?? Infinity);
  expect(dates).toEqual([...dates].sort((a, b) => a - b));
});
