// Saved views (issue 28): staff save a list's filters, sort and columns under a name; officers and
// administrators share them with the unit; each person changes only their own, at the version read;
// one default per person per list; a view names its list's address, so opening it reproduces it.
import { beforeAll, describe, expect, it } from "vitest";
import { customListQuery, setAside } from "@/lib/custom-fields/filters";
import { createCustomField, updateCustomField } from "@/lib/custom-fields/mutations";
import { customFieldsOf } from "@/lib/custom-fields/queries";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";
import { createView, deleteView, setDefaultView, updateView } from "@/lib/views/mutations";
import { defaultViewAddress, viewsOf } from "@/lib/views/queries";
import { canonicalQuery } from "@/lib/views/schema";
import { inEnglish } from "../support/english";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";

let officer: Viewer, officer2: Viewer, manager: Viewer, admin: Viewer, partner: Viewer;

beforeAll(async () => {
  [officer, officer2, manager, admin] = (await Promise.all((["OFFICER", "OFFICER", "MANAGER", "ADMIN"] as const).map((role) => makeUser(role)))).map(viewerOf);
  partner = viewerOf(await makeUser("PARTNER", { organisationId: (await makeOrganisation()).id }));
});

const save = async (viewer: Viewer, name: string, query: string, shared = false, list = "agreements") => inEnglish(await createView(viewer, { list, name, query, shared }));

describe("saving and sharing", () => {
  it("keeps the list's query in one order, without the page", async () => {
    expect(canonicalQuery(new URLSearchParams("status=ACTIVE&page=3&country=TH&show=a&show=b&view=x"))).toBe("country=TH&show=a%2Cb&status=ACTIVE");
    const result = await save(officer, "Thai actives", "status=ACTIVE&page=2&country=TH");
    expect(result).toMatchObject({ ok: true });
    expect((await db().savedView.findUniqueOrThrow({ where: { id: (result as { id: string }).id } })).query).toBe("country=TH&status=ACTIVE");
  });

  it("officers and administrators share; managers save their own but may not share; partners save none", async () => {
    expect(await save(officer, "Expiring within a year", "expiringWithin=365", true)).toMatchObject({ ok: true });
    expect(await save(admin, "Admin's shared", "status=DRAFT", true, "projects")).toMatchObject({ ok: true });
    expect(await save(manager, "Mine", "status=ACTIVE")).toMatchObject({ ok: true });
    expect(await save(manager, "Shared by a manager", "status=ACTIVE", true)).toMatchObject({ ok: false, message: "Only officers and administrators share views with the unit." });
    expect(await save(partner, "A partner's", "status=ACTIVE")).toMatchObject({ ok: false, message: "You may not save views." });
    expect(await db().savedView.count({ where: { name: { in: ["Shared by a manager", "A partner's"] } } })).toBe(0);
  });

  it("refuses a view without a name, on no list, or named like another of one's own on that list", async () => {
    expect(await save(officer, " ", "status=ACTIVE")).toMatchObject({ ok: false, fieldErrors: { name: "Give the view a name." } });
    expect(await save(officer, "x", "status=ACTIVE", false, "../admin")).toMatchObject({ ok: false, fieldErrors: { list: "Choose from the list." } });
    expect(await save(officer, "thai ACTIVES", "status=ACTIVE")).toMatchObject({ ok: false, fieldErrors: { name: "You already have a view of this name on this list." } });
    // Another person may use the same name.
    expect(await save(officer2, "Thai actives", "status=ACTIVE")).toMatchObject({ ok: true });
  });

  it("each person sees their own views and the unit's, on that list only", async () => {
    const names = async (viewer: Viewer, list: "agreements" | "projects" = "agreements") => (await viewsOf(viewer, list))!.views.map((v) => v.name).sort();
    expect(await names(officer)).toEqual(["Expiring within a year", "Thai actives"]);
    expect(await names(officer2)).toEqual(["Expiring within a year", "Thai actives"]);
    expect((await viewsOf(officer2, "agreements"))!.views.find((v) => v.name === "Thai actives")!.mine).toBe(true);
    expect(await names(manager)).toEqual(["Expiring within a year", "Mine"]);
    expect(await names(officer, "projects")).toEqual(["Admin's shared"]);
    expect(await viewsOf(partner, "agreements")).toBeNull();
  });
});

describe("changing one's own views", () => {
  const mine = (viewer: Viewer, name: string) => db().savedView.findFirstOrThrow({ where: { ownerId: viewer.userId, name } });

  it("renames, updates the query and shares at the version read; a second change from the same read is refused", async () => {
    const view = await mine(officer, "Thai actives");
    expect(inEnglish(await updateView(officer, view.id, view.version, { name: "Thai and Lao actives", shared: true, query: "status=ACTIVE&country=LA" }))).toMatchObject({ ok: true });
    expect(await mine(officer, "Thai and Lao actives")).toMatchObject({ query: "country=LA&status=ACTIVE", shared: true, version: view.version + 1 });
    expect(inEnglish(await updateView(officer, view.id, view.version, { name: "Again", shared: false }))).toMatchObject({ ok: false, message: expect.stringContaining("changed meanwhile") });
  });

  it("nobody changes or deletes another person's view, shared or not", async () => {
    const shared = await mine(officer, "Expiring within a year");
    for (const other of [officer2, manager, admin]) {
      expect(inEnglish(await updateView(other, shared.id, shared.version, { name: "Hijacked", shared: false }))).toMatchObject({ ok: false, message: "This view no longer exists, or is no longer shared." });
      expect((await deleteView(other, shared.id)).ok).toBe(false);
    }
    expect((await mine(officer, "Expiring within a year")).name).toBe("Expiring within a year");
  });

  it("a manager cannot share their own view by changing it", async () => {
    const view = await mine(manager, "Mine");
    expect(inEnglish(await updateView(manager, view.id, view.version, { name: "Mine", shared: true }))).toMatchObject({ ok: false, message: "Only officers and administrators share views with the unit." });
  });
});

describe("the view a list opens with", () => {
  it("is one per person per list, a view they may use; it stops when the view is unshared or deleted", async () => {
    const shared = await db().savedView.findFirstOrThrow({ where: { name: "Expiring within a year" } });
    expect(await setDefaultView(officer2, "agreements", shared.id)).toMatchObject({ ok: true });
    expect(await defaultViewAddress(officer2, "agreements", "/agreements")).toBe(`/agreements?expiringWithin=365&view=${shared.id}`);
    // Choosing another replaces it; a view of another list, or someone's private view, is refused.
    const own = await db().savedView.findFirstOrThrow({ where: { ownerId: officer2.userId, name: "Thai actives" } });
    expect(await setDefaultView(officer2, "agreements", own.id)).toMatchObject({ ok: true });
    expect(await db().defaultView.count({ where: { userId: officer2.userId } })).toBe(1);
    const managers = await db().savedView.findFirstOrThrow({ where: { ownerId: manager.userId } });
    expect((await setDefaultView(officer2, "agreements", managers.id)).ok).toBe(false);
    expect((await setDefaultView(officer2, "projects", shared.id)).ok).toBe(false);
    // Another person's shared view as default: unshared, it opens nothing.
    expect(await setDefaultView(officer2, "agreements", shared.id)).toMatchObject({ ok: true });
    await updateView(officer, shared.id, shared.version, { name: shared.name, shared: false });
    expect(await defaultViewAddress(officer2, "agreements", "/agreements")).toBeNull();
    expect((await viewsOf(officer2, "agreements"))!.defaultId).toBeNull();
    // Deleted, it is nobody's default any more.
    await setDefaultView(officer, "agreements", shared.id);
    expect(await deleteView(officer, shared.id)).toMatchObject({ ok: true });
    expect(await db().defaultView.count({ where: { viewId: shared.id } })).toBe(0);
    expect(await setDefaultView(officer2, "agreements", null)).toMatchObject({ ok: true });
    expect(await defaultViewAddress(officer2, "agreements", "/agreements")).toBeNull();
  });

  it("a view naming a field since archived still opens, and says what it leaves out", async () => {
    const created = await createCustomField(admin, { entity: "AGREEMENT", label: "Region code", labels: {}, help: "", type: "TEXT", required: false, partnersSee: false, archived: false, sortOrder: "", options: [], newOptions: "" });
    const field = await db().customField.findUniqueOrThrow({ where: { id: (created as { id: string }).id } });
    const view = await save(officer, "By region code", "cf.region_code=SEA&show=region_code&status=ACTIVE");
    expect(view).toMatchObject({ ok: true });
    await updateCustomField(admin, field.id, field.version, { entity: "AGREEMENT", label: field.label, labels: {}, help: "", type: "TEXT", required: false, partnersSee: false, archived: true, sortOrder: "", options: [], newOptions: "" });
    const stored = await db().savedView.findUniqueOrThrow({ where: { id: (view as { id: string }).id } });
    expect(setAside(await customFieldsOf("AGREEMENT"), customListQuery(new URLSearchParams(stored.query)))).toEqual(["region_code"]);
  });
});
