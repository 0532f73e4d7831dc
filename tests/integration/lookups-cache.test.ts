// The cached lookups (themes, partners, officers, agreements that lists and forms offer): kept while
// the database's lookup generation stands, loaded again once any write, through any app instance,
// changes what they hold; and the generation moves only for such writes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateAgreement } from "@/lib/agreements/mutations";
import { agreementFilterOptions, agreementForEdit } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { themeChoices } from "@/lib/themes/queries";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { english } from "../support/english";

/** Another app instance: its own connection, writing behind this one's back. */
let other: pg.Client;
const generation = async () => (await db().lookupGeneration.findUniqueOrThrow({ where: { id: 1 } })).generation;

beforeAll(async () => {
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  await db().theme.create({ data: { code: "osh", label: "Occupational safety and health", sortOrder: 1 } });
});
afterAll(async () => {
  await other.end();
});

describe("a cached lookup", () => {
  it("is kept while nothing it holds changes, and loaded again the moment another instance changes it", async () => {
    expect((await themeChoices()).map((t) => t.label)).toEqual(["Occupational safety and health"]);
    // Written without the triggers (as a restore does): the generation stands, so the cache answers.
    await other.query(`BEGIN; SET LOCAL session_replication_role = replica; UPDATE "Theme" SET label = 'OSH (unseen)'; COMMIT;`);
    expect((await themeChoices()).map((t) => t.label)).toEqual(["Occupational safety and health"]);
    // Written as the app writes: the generation moves, and the next read sees the change.
    await other.query(`UPDATE "Theme" SET label = 'OSH and labour inspection'`);
    expect((await themeChoices()).map((t) => t.label)).toEqual(["OSH and labour inspection"]);
  });

  it("offers a partner in the agreements filter as soon as it is party to an agreement, and an officer as soon as one is responsible", async () => {
    const viewer = viewerOf(await makeUser("OFFICER"));
    const before = await agreementFilterOptions(viewer);
    const organisation = await makeOrganisation("Ministry of Labour, Cambodia");
    expect((await agreementFilterOptions(viewer))!.organisations!.map((o) => o.name)).toEqual(before!.organisations!.map((o) => o.name));
    const agreement = await makeAgreement([organisation.id]);
    expect((await agreementFilterOptions(viewer))!.organisations!.map((o) => o.name)).toContain("Ministry of Labour, Cambodia");
    await db().agreement.update({ where: { id: agreement.id }, data: { responsibleOfficerId: viewer.userId } });
    expect((await agreementFilterOptions(viewer))!.officers.map((o) => o.id)).toContain(viewer.userId);
  });
});

describe("the generation", () => {
  it("moves only when a write changes what a lookup holds", async () => {
    const ilo = await makeOrganisation("International Labour Organization");
    const partner = await makeOrganisation("ASEAN");
    const agreement = await makeAgreement([ilo.id, partner.id], { title: "Cooperation" });
    const newcomer = await makeOrganisation("ADB");
    const officer = viewerOf(await makeUser("OFFICER"));
    const values = async () => (await agreementForEdit(officer, agreement.id))!;
    /** The officer saves the agreement with these parties (and the title `title`), as the form does. */
    const save = async (ids: string[], title = "Cooperation") => {
      const { values: form, version } = await values();
      const saved = await updateAgreement(officer, agreement.id, version, { ...form, title, parties: ids.map((organisationId) => ({ organisationId, role: "SIGNATORY" as const })) });
      if (!saved.ok) throw new Error(english(saved.message));
    };
    const unchanged = async (write: () => Promise<unknown>) => {
      const at = await generation();
      await write();
      return (await generation()) === at;
    };
    // A save of the form that keeps the title and the parties: nothing a lookup holds changed.
    expect(await unchanged(() => save([ilo.id, partner.id]))).toBe(true);
    expect(await unchanged(() => db().organisation.update({ where: { id: partner.id }, data: { website: "https://asean.org" } }))).toBe(true);
    // What does change one.
    expect(await unchanged(() => save([ilo.id, partner.id, newcomer.id]))).toBe(false); // a first agreement for ADB
    expect(await unchanged(() => save([ilo.id, partner.id]))).toBe(false); // ADB party to none again
    expect(await unchanged(() => save([ilo.id, partner.id], "Cooperation agreement"))).toBe(false);
    expect(await unchanged(() => db().organisation.update({ where: { id: partner.id }, data: { acronym: "ASEAN" } }))).toBe(false);
    expect(await unchanged(() => makeUser("OFFICER"))).toBe(false);
  });
});
