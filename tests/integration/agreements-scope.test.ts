import { beforeAll, describe, expect, it } from "vitest";
import { findAgreement, listAgreements } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { agreementFacts, can, type Role, type Viewer } from "@/lib/policy";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";

let asean: Viewer;
let adb: Viewer;
let staff: Record<Exclude<Role, "PARTNER">, Viewer>;
let ids: { aseanOnly: string; adbOnly: string; both: string; archivedAsean: string; renewedBy: string };

beforeAll(async () => {
  const [ilo, aseanOrg, adbOrg] = [await makeOrganisation("ILO"), await makeOrganisation("ASEAN"), await makeOrganisation("ADB")];
  asean = viewerOf(await makeUser("PARTNER", { organisationId: aseanOrg.id }));
  adb = viewerOf(await makeUser("PARTNER", { organisationId: adbOrg.id }));
  staff = {
    ADMIN: viewerOf(await makeUser("ADMIN")),
    OFFICER: viewerOf(await makeUser("OFFICER")),
    MANAGER: viewerOf(await makeUser("MANAGER")),
  };
  const adbOnly = await makeAgreement([ilo.id, adbOrg.id], { title: "ADB successor" });
  const aseanOnly = await makeAgreement([ilo.id, aseanOrg.id], { title: "ASEAN agreement" });
  await db().agreement.update({ where: { id: aseanOnly.id }, data: { renewedById: adbOnly.id } });
  ids = {
    aseanOnly: aseanOnly.id,
    adbOnly: adbOnly.id,
    both: (await makeAgreement([ilo.id, aseanOrg.id, adbOrg.id])).id,
    archivedAsean: (await makeAgreement([ilo.id, aseanOrg.id], { archived: true })).id,
    renewedBy: adbOnly.id,
  };
});

describe("a partner sees only its own organisation's agreements", () => {
  it("lists the agreements its organisation is party to, and no archived one", async () => {
    const listed = (await listAgreements(asean)).rows.map((a) => a.id).sort();
    expect(listed).toEqual([ids.aseanOnly, ids.both].sort());
  });

  it("gets nothing (not found) for another organisation's agreement or an archived one", async () => {
    expect(await findAgreement(asean, ids.adbOnly)).toBeNull();
    expect(await findAgreement(asean, ids.archivedAsean)).toBeNull();
    expect(await findAgreement(adb, ids.aseanOnly)).toBeNull();
  });

  it("does not learn the title of a renewal it is not party to", async () => {
    const agreement = await findAgreement(asean, ids.aseanOnly);
    expect(agreement?.title).toBe("ASEAN agreement");
    expect(agreement?.renewedBy).toBeNull();
    expect((await findAgreement(staff.OFFICER, ids.aseanOnly))?.renewedBy?.title).toBe("ADB successor");
  });
});

it("staff of every role list every live agreement and open archived ones", async () => {
  for (const viewer of Object.values(staff)) {
    expect((await listAgreements(viewer)).rows.map((a) => a.id)).not.toContain(ids.archivedAsean);
    expect((await listAgreements(viewer)).total).toBe(3);
    expect((await findAgreement(viewer, ids.archivedAsean))?.archived).toBe(true);
  }
});

it("the policy's record check and the query scope agree for every viewer and agreement", async () => {
  const agreements = await db().agreement.findMany({ include: { parties: true } });
  for (const viewer of [asean, adb, ...Object.values(staff)]) {
    for (const agreement of agreements) {
      const visible = (await findAgreement(viewer, agreement.id)) !== null;
      expect(visible, `${viewer.role} ${viewer.organisationId} on ${agreement.title}`).toBe(
        can(viewer, "read", "Agreement", agreementFacts(agreement)),
      );
    }
  }
});
