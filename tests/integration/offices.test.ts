// The office tree: administrators add, rename, move, close and reopen offices, audited, at the
// version they read; a move under the office itself or below it is refused, as is a new office
// under a closed one; everyone else is refused. Records made before offices belong to the top one.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOffice, updateOffice } from "@/lib/offices/mutations";
import { officeAndBelow } from "@/lib/offices/queries";
import { inTreeOrder, ROOT_OFFICE } from "@/lib/offices/tree";
import type { Viewer } from "@/lib/policy";
import { inEnglish } from "../support/english";
import { makeUser, viewerOf } from "../support/factories";

let admin: Viewer, officer: Viewer, manager: Viewer;
const office = (name: string) => db().office.findUniqueOrThrow({ where: { name } });
const form = (name: string, parentId: string | null, more: { city?: string; closed?: boolean } = {}) => ({ name, city: more.city ?? "", parentId: parentId ?? "", closed: more.closed ?? false });
async function add(name: string, parent: string | null) {
  const result = await createOffice(admin, form(name, parent));
  if (!result.ok) throw new Error(JSON.stringify(inEnglish(result)));
  return result.id;
}

beforeAll(async () => {
  [admin, officer, manager] = (await Promise.all((["ADMIN", "OFFICER", "MANAGER"] as const).map((role) => makeUser(role)))).map(viewerOf);
});

describe("the office tree", () => {
  it("starts with the top office, which holds the records made before offices", async () => {
    expect(await db().office.findUniqueOrThrow({ where: { id: ROOT_OFFICE } })).toMatchObject({ name: "Head office", parentId: null, closed: false });
    const agreement = await db().agreement.create({ data: { reference: "T/1", title: "Before offices", instrument: "MOU", modality: "BILATERAL" } });
    expect(agreement.officeId).toBe(ROOT_OFFICE);
  });

  it("administrators build it as deep as needed; each office's subtree holds everything below it", async () => {
    const region = await add("Regional office", null);
    const country = await add("Country office", region);
    const project = await add("Project office", country);
    const team = await add("Technical team", region);
    expect((await officeAndBelow(region)).sort()).toEqual([region, country, project, team].sort());
    expect((await officeAndBelow(country)).sort()).toEqual([country, project].sort());
    expect(await officeAndBelow(project)).toEqual([project]);
    const order = inTreeOrder(await db().office.findMany()).map(({ office, depth }) => `${depth}:${office.name}`);
    expect(order).toEqual(expect.arrayContaining(["0:Regional office", "1:Country office", "2:Project office", "1:Technical team"]));
    expect(order.indexOf("2:Project office")).toBe(order.indexOf("1:Country office") + 1);
    expect(await db().auditEvent.count({ where: { entityType: "Office", action: "create" } })).toBe(4);
  });

  it("renames and moves an office at the version read, audited, its records and subtree with it", async () => {
    const country = await office("Country office");
    const team = await office("Technical team");
    expect(await updateOffice(admin, country.id, country.version, form("ILO Country Office for Viet Nam", team.id, { city: "Hanoi" }))).toMatchObject({ ok: true });
    const moved = await db().office.findUniqueOrThrow({ where: { id: country.id } });
    expect(moved).toMatchObject({ name: "ILO Country Office for Viet Nam", city: "Hanoi", parentId: team.id, version: country.version + 1 });
    expect(await officeAndBelow(team.id)).toContain((await office("Project office")).id);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Office", entityId: country.id, action: "update" } });
    expect(event.changes).toMatchObject({ name: ["Country office", "ILO Country Office for Viet Nam"], parent: ["Regional office", "Technical team"], city: [null, "Hanoi"] });
    // The same form again, at the version it read: refused, naming who changed it; nothing changes.
    const stale = inEnglish(await updateOffice(admin, country.id, country.version, form("Other name", null)));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("This office was changed by") });
    expect((await db().office.findUniqueOrThrow({ where: { id: country.id } })).name).toBe("ILO Country Office for Viet Nam");
  });

  it("refuses a move under the office itself or any office below it, and names taken twice", async () => {
    const region = await office("Regional office");
    const below = await office("Project office");
    expect(inEnglish(await updateOffice(admin, region.id, region.version, form(region.name, below.id)))).toMatchObject({
      ok: false,
      fieldErrors: { parentId: "An office cannot answer to itself or to an office below it." },
    });
    expect(inEnglish(await updateOffice(admin, region.id, region.version, form(region.name, region.id)))).toMatchObject({ ok: false, fieldErrors: { parentId: expect.any(String) } });
    expect(inEnglish(await createOffice(admin, form("Regional office", null)))).toMatchObject({ ok: false, fieldErrors: { name: "Another office has this name." } });
    expect(inEnglish(await createOffice(admin, form("  ", "no-such-office")))).toMatchObject({ ok: false, fieldErrors: { name: "Give the office a name." } });
    expect(inEnglish(await createOffice(admin, form("Somewhere", "no-such-office")))).toMatchObject({ ok: false, fieldErrors: { parentId: "Choose an office from the list." } });
    expect((await db().office.findUniqueOrThrow({ where: { id: region.id } })).parentId).toBeNull();
  });

  it("two moves at once cannot make a cycle between them", async () => {
    const a = await db().office.findUniqueOrThrow({ where: { id: await add("Office A", null) } });
    const b = await db().office.findUniqueOrThrow({ where: { id: await add("Office B", null) } });
    const results = await Promise.all([updateOffice(admin, a.id, a.version, form(a.name, b.id)), updateOffice(admin, b.id, b.version, form(b.name, a.id))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [afterA, afterB] = await Promise.all([office("Office A"), office("Office B")]);
    expect(afterA.parentId === b.id && afterB.parentId === a.id).toBe(false);
  });

  it("a closed office keeps its records and takes no new office; it may be reopened", async () => {
    const team = await office("Technical team");
    const agreement = await db().agreement.create({ data: { reference: "T/2", title: "Kept", instrument: "MOU", modality: "BILATERAL", officeId: team.id } });
    expect(await updateOffice(admin, team.id, team.version, form(team.name, team.parentId, { closed: true }))).toMatchObject({ ok: true });
    expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).officeId).toBe(team.id);
    expect(inEnglish(await createOffice(admin, form("Under a closed office", team.id)))).toMatchObject({ ok: false, fieldErrors: { parentId: "That office is closed: it takes no new offices." } });
    const closed = await office("Technical team");
    expect(await updateOffice(admin, closed.id, closed.version, form(closed.name, closed.parentId, { closed: false }))).toMatchObject({ ok: true });
    expect(await createOffice(admin, form("Under a reopened office", team.id))).toMatchObject({ ok: true });
  });

  it("only administrators keep the offices", async () => {
    const region = await office("Regional office");
    for (const viewer of [officer, manager]) {
      expect(inEnglish(await createOffice(viewer, form("Not mine", null)))).toMatchObject({ ok: false, denied: true, message: "Only administrators keep the offices." });
      expect(await updateOffice(viewer, region.id, region.version, form("Renamed", null))).toMatchObject({ ok: false, denied: true });
    }
    expect(await db().office.count({ where: { name: { in: ["Not mine", "Renamed"] } } })).toBe(0);
  });
});
