import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { findPartner, listPartners } from "@/lib/partners/queries";
import type { PartnerFormValues } from "@/lib/partners/schema";
import type { Viewer } from "@/lib/policy";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

let officer: Viewer;
let officer2: Viewer;
let manager: Viewer;
let partner: Viewer;

beforeAll(async () => {
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  partner = viewerOf(await makeUser("PARTNER", { organisationId: (await makeOrganisation()).id }));
});

const ministry = (overrides: Partial<PartnerFormValues> = {}): PartnerFormValues => ({
  name: "Ministère du Travail et de l'Emploi",
  acronym: "MTE",
  kind: "GOVERNMENT",
  country: "kh",
  website: "https://labour.example.gov",
  internalNotes: "Prefers French-language correspondence.",
  contacts: [{ id: "", name: "Sok Dara", title: "Director", email: "dara@labour.example.gov", phone: "+855 23 000 000" }],
  ...overrides,
});

async function create(values = ministry()) {
  const result = await createPartner(officer, values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe("partners", () => {
  it("an officer records a partner with a contact; the audit trail has both", async () => {
    const id = await create();
    const saved = await findPartner(officer, id);
    expect(saved).toMatchObject({ name: "Ministère du Travail et de l'Emploi", country: "KH", version: 1 });
    expect(saved?.contacts.map((c) => c.name)).toEqual(["Sok Dara"]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect((event.changes as Record<string, unknown[]>).contacts[1]).toEqual(["Sok Dara, Director, dara@labour.example.gov, +855 23 000 000"]);
  });

  it.each([
    [{ name: "" }, "name", "Give the organisation's name."],
    [{ kind: "TRIBE" as never }, "kind", "Choose the kind of organisation."],
    [{ country: "XX" }, "country", "Enter an ISO 3166-1 country code such as TH, or leave it empty for regional."],
    [{ website: "javascript:alert(1)" }, "website", "Enter a web address starting with https://."],
    [{ contacts: [{ id: "", name: "", title: "Director", email: "", phone: "" }] }, "contacts.0.name", "Give the contact's name."],
    [{ contacts: [{ id: "", name: "A", title: "", email: "not-an-email", phone: "" }] }, "contacts.0.email", "Enter an email address such as name@example.org."],
  ])("refuses %o beside the field and writes nothing", async (overrides, field, message) => {
    const before = await db().organisation.count();
    expect(inEnglish(await createPartner(officer, ministry(overrides)))).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect(await db().organisation.count()).toBe(before);
  });

  it("managers and partners cannot create, change or archive partners; partners cannot even read them", async () => {
    const id = await create();
    for (const viewer of [manager, partner]) {
      expect((await createPartner(viewer, ministry())).ok).toBe(false);
      expect((await updatePartner(viewer, id, 1, ministry({ name: "x" }))).ok).toBe(false);
      expect((await setPartnerArchived(viewer, id, 1, true)).ok).toBe(false);
    }
    expect(await findPartner(partner, id)).toBeNull();
    expect(await listPartners(partner)).toBeNull();
    expect((await findPartner(manager, id))?.internalNotes).toBe("Prefers French-language correspondence.");
  });

  it("editing contacts updates kept ones, adds new ones and archives removed ones (never deletes)", async () => {
    const id = await create();
    const [dara] = (await findPartner(officer, id))!.contacts;
    const result = await updatePartner(officer, id, 1, ministry({
      contacts: [
        { id: dara.id, name: "Sok Dara", title: "Director-General", email: "", phone: "" },
        { id: "", name: "Chan Sophea", title: "Deputy", email: "", phone: "" },
      ],
    }));
    expect(result.ok).toBe(true);
    expect((await findPartner(officer, id))!.contacts.map((c) => `${c.name}: ${c.title}`)).toEqual(["Chan Sophea: Deputy", "Sok Dara: Director-General"]);
    expect((await updatePartner(officer, id, 2, ministry({ contacts: [] }))).ok).toBe(true);
    expect((await findPartner(officer, id))!.contacts).toEqual([]);
    expect(await db().contact.count({ where: { organisationId: id } })).toBe(2); // archived, not deleted
  });

  it("a contact id of another organisation changes nothing there", async () => {
    const other = await create(ministry({ name: "Other ministry" }));
    const [foreign] = (await findPartner(officer, other))!.contacts;
    const id = await create();
    await updatePartner(officer, id, 1, ministry({ contacts: [{ id: foreign.id, name: "Hijacked", title: "", email: "", phone: "" }] }));
    expect((await findPartner(officer, other))!.contacts.map((c) => c.name)).toEqual(["Sok Dara"]);
  });

  it("refuses a save over a newer version, naming who changed it", async () => {
    const id = await create();
    expect((await updatePartner(officer, id, 1, ministry({ acronym: "MoLVT" }))).ok).toBe(true);
    const late = await updatePartner(officer2, id, 1, ministry({ acronym: "MLVT" }));
    expect(inEnglish(late)).toMatchObject({ ok: false, message: expect.stringContaining(`changed by ${officer.name}`) });
    expect((await findPartner(officer, id))?.acronym).toBe("MoLVT");
  });

  it("searches names ignoring case and accents, and archives out of the list", async () => {
    const id = await create(ministry({ name: "Ministère de la Fonction publique" }));
    expect((await listPartners(officer, { q: "ministere de la fonction" }))?.rows.map((r) => r.id)).toEqual([id]);
    expect((await setPartnerArchived(officer, id, 1, true)).ok).toBe(true);
    expect((await listPartners(officer, { q: "ministere de la fonction" }))?.rows).toEqual([]);
    expect((await listPartners(officer, { q: "ministere de la fonction", archived: true }))?.rows.map((r) => r.id)).toEqual([id]);
  });
});
