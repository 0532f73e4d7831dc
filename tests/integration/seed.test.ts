import { beforeAll, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { isEmpty, seedDemoData } from "@/prisma/seed/seed";
import { overdueInstalments } from "@/lib/funding/queries";

const PASSWORD = "demo-password-for-tests";

beforeAll(async () => {
  expect(await isEmpty(db())).toBe(true);
  await seedDemoData(db(), PASSWORD);
}, 120_000);

it("loads every agreement the brochure names", async () => {
  const titles = (await db().agreement.findMany({ select: { title: true } })).map((a) => a.title);
  for (const expected of [
    "ILO/ASEAN Cooperation Agreement",
    "ILO/ADB Memorandum of Understanding",
    "ILO/ESCAP Memorandum of Understanding",
    "IBSA Letter of Intent on South-South Cooperation for Decent Work",
    "ILO/Australia Partnership Agreement 2010-2015",
    "ILO/Japan Multi-bilateral Programme",
    "ILO/Korea Partnership Programme",
    "ILO/Singapore Partnership Agreement",
    "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
    "ILO-BP public-private partnership for Papuan youth employability",
    "ILO-IFC Better Work partnership",
  ]) {
    expect(titles).toContain(expected);
  }
  const projects = (await db().project.findMany({ select: { title: true } })).map((p) => p.title);
  expect(projects).toEqual(expect.arrayContaining(["Better Factories Cambodia", "Better Work Viet Nam", "Better Work Indonesia"]));
  expect(await isEmpty(db())).toBe(false);
});

it("keeps dates as calendar dates and money as exact decimals", async () => {
  const asean = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/ASEAN/2007-01" } });
  expect(asean.signedOn?.toISOString()).toBe("2007-03-20T00:00:00.000Z");
  const japan = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/JPN/1974-01" } });
  expect(japan.contributionAmount?.toFixed(2)).toBe("380000000.00");
  expect(japan.contributionCurrency).toBe("JPY");
});

it("links the expired Australia partnership to its successor", async () => {
  const first = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/AUS/2010-01" }, include: { renewedBy: true } });
  expect(first.status).toBe("EXPIRED");
  expect(first.renewedBy?.reference).toBe("RUP/AUS/2016-01");
});

it("creates the demo users with their roles, partners bound to their organisations, signing in with the password", async () => {
  const users = await db().user.findMany({ include: { organisation: true }, orderBy: { email: "asc" } });
  expect(users.map((u) => [u.email, u.role, u.organisation?.acronym ?? u.organisation?.name ?? null])).toEqual([
    ["adb@example.org", "PARTNER", "ADB"],
    ["admin@example.org", "ADMIN", null],
    ["asean@example.org", "PARTNER", "ASEAN"],
    ["japan@example.org", "PARTNER", "Government of Japan"],
    ["manager2@example.org", "MANAGER", null],
    ["manager@example.org", "MANAGER", null],
    ["officer2@example.org", "OFFICER", null],
    ["officer@example.org", "OFFICER", null],
  ]);
  const client = { ipAddress: null, userAgent: null };
  expect(await checkCredentials("japan@example.org", PASSWORD, client)).not.toBeNull();
  expect(await checkCredentials("japan@example.org", "not-the-password", client)).toBeNull();
});

it("gives meetings their action items, and projects their status reports", async () => {
  const meeting = await db().meeting.findFirstOrThrow({
    where: { title: "ILO/ASEAN yearly review 2025" },
    include: { actionItems: true },
  });
  expect(meeting.actionItems).toHaveLength(3);
  const reports = await db().statusReport.count({ where: { project: { code: "IDN/11/02/BPI" } } });
  expect(reports).toBe(2);
});

it("records the brochure's funding partners' commitments, with instalments received, part received and overdue", async () => {
  const funders = await db().commitment.findMany({ select: { organisation: { select: { name: true } }, currency: true } });
  expect(new Set(funders.map((c) => c.currency))).toEqual(new Set(["JPY", "USD", "AUD", "SGD"]));
  // Six from the brochure, and the commitment of the draft the won Australian opportunity became.
  expect(funders.length).toBe(7);
  // Every commitment's schedule adds up to what was committed.
  for (const c of await db().commitment.findMany({ include: { instalments: true } })) {
    expect(c.instalments.reduce((sum, i) => sum.plus(i.amount), c.amount.minus(c.amount)).toFixed(2)).toBe(c.amount.toFixed(2));
  }
  const overdue = await overdueInstalments(new Date("2026-12-01T00:00:00Z"));
  expect(overdue.map((i) => [i.commitment.agreement.title, i.outstanding])).toEqual([["ILO/Korea Partnership Programme", "1400000.00"]]);
});

it("has eight invented opportunities across the stages; the won one already became a draft agreement with its instalments", async () => {
  const opportunities = await db().opportunity.findMany({ include: { agreement: { include: { commitments: { include: { instalments: true } } } } } });
  expect(opportunities).toHaveLength(8);
  expect(opportunities.every((o) => o.title.endsWith("(invented)"))).toBe(true);
  expect(new Set(opportunities.map((o) => o.stage))).toEqual(new Set(["IDEA", "CONCEPT_NOTE", "PROPOSAL_SUBMITTED", "NEGOTIATION", "WON", "LOST", "WITHDRAWN"]));
  const won = opportunities.find((o) => o.stage === "WON")!;
  expect(won.agreement).toMatchObject({ status: "DRAFT", clearance: "NOT_SUBMITTED" });
  expect(won.agreement!.commitments[0].instalments).toHaveLength(2);
  expect(opportunities.filter((o) => o.stage === "LOST" || o.stage === "WITHDRAWN").every((o) => o.closeReason && o.decidedOn)).toBe(true);
});

it("has one extension amendment, one draft waiting for clearance, and every signed agreement cleared", async () => {
  const amendment = await db().amendment.findFirstOrThrow({ include: { agreement: { select: { title: true, expiresOn: true } } } });
  expect(amendment).toMatchObject({ number: 1, kind: "NO_COST_EXTENSION", changes: { expiresOn: ["2026-02-09", "2027-02-09"] } });
  expect(amendment.agreement.expiresOn?.toISOString().slice(0, 10)).toBe("2027-02-09");
  expect((await db().agreement.findMany({ where: { clearance: "SUBMITTED" }, select: { status: true } })).map((a) => a.status)).toEqual(["DRAFT"]);
  expect(await db().agreement.count({ where: { status: { in: ["ACTIVE", "EXPIRED"] }, clearance: { not: "CLEARED" } } })).toBe(0);
});

it("puts the records and staff in the brochure's offices: Jakarta keeps BP and Better Work Indonesia, Hanoi Better Work Viet Nam", async () => {
  const offices = await db().office.findMany({ include: { parent: { select: { name: true } } } });
  expect(offices.map((o) => [o.name, o.parent?.name ?? null]).sort()).toEqual(
    [
      ["Decent Work Technical Support Team for East and South-East Asia and the Pacific", "ILO Regional Office for Asia and the Pacific"],
      ["ILO Country Office for Indonesia and Timor-Leste", "ILO Regional Office for Asia and the Pacific"],
      ["ILO Country Office for Thailand, Cambodia and Lao PDR", "ILO Regional Office for Asia and the Pacific"],
      ["ILO Country Office for Viet Nam", "ILO Regional Office for Asia and the Pacific"],
      ["ILO Regional Office for Asia and the Pacific", null],
    ].sort(),
  );
  const officeOf = async (where: { reference?: string; code?: string; email?: string }) => {
    const row = where.reference
      ? await db().agreement.findUniqueOrThrow({ where: { reference: where.reference }, select: { office: { select: { city: true } } } })
      : where.code
        ? await db().project.findUniqueOrThrow({ where: { code: where.code }, select: { office: { select: { city: true } } } })
        : await db().user.findUniqueOrThrow({ where: { email: where.email }, select: { office: { select: { city: true } } } });
    return row.office?.city ?? null;
  };
  expect(await officeOf({ reference: "RUP/BP/2011-01" })).toBe("Jakarta");
  expect(await officeOf({ code: "IDN/11/01/IFC" })).toBe("Jakarta");
  expect(await officeOf({ code: "VNM/09/01/IFC" })).toBe("Hanoi");
  expect(await officeOf({ reference: "RUP/ASEAN/2007-01" })).toBe("Bangkok");
  expect(await officeOf({ email: "officer2@example.org" })).toBe("Jakarta");
  expect(await officeOf({ email: "manager@example.org" })).toBe("Bangkok");
  expect(await officeOf({ email: "manager2@example.org" })).toBe("Jakarta");
  expect(await officeOf({ email: "asean@example.org" })).toBeNull();
});
