import { beforeAll, expect, it } from "vitest";
import { createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { auditLog } from "@/lib/audit/queries";
import type { Viewer } from "@/lib/policy";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";

let officer: Viewer;
let officer2: Viewer;
let viewers: Record<"ADMIN" | "MANAGER" | "OFFICER" | "PARTNER", Viewer>;
let agreementId: string;

beforeAll(async () => {
  const [a, b] = [await makeOrganisation(), await makeOrganisation()];
  officer = viewerOf(await makeUser("OFFICER"));
  officer2 = viewerOf(await makeUser("OFFICER"));
  viewers = {
    ADMIN: viewerOf(await makeUser("ADMIN")),
    MANAGER: viewerOf(await makeUser("MANAGER")),
    OFFICER: officer,
    PARTNER: viewerOf(await makeUser("PARTNER", { organisationId: a.id })),
  };
  const values = {
    reference: "RUP/AUDIT/1", title: "Audited MOU", instrument: "MOU", modality: "BILATERAL", status: "DRAFT", signedOn: "", effectiveOn: "",
    expiresOn: "", meetingCycleMonths: "", countries: "", themeIds: [], contributionAmount: "", contributionCurrency: "", summary: "",
    responsibleOfficerId: "", parties: [{ organisationId: a.id, role: "SIGNATORY" }, { organisationId: b.id, role: "SIGNATORY" }],
  } as const;
  const created = await createAgreement(officer, { ...values, themeIds: [], parties: [...values.parties] });
  if (!created.ok) throw new Error("create");
  agreementId = created.id;
  await updateAgreement(officer2, agreementId, 1, { ...values, themeIds: [], parties: [...values.parties], status: "UNDER_NEGOTIATION" });
});

it("administrators and managers read the unit-wide log; officers and partners do not", async () => {
  expect((await auditLog(viewers.ADMIN))?.total).toBe(2);
  expect((await auditLog(viewers.MANAGER))?.rows.map((r) => r.action)).toEqual(["update", "create"]);
  expect(await auditLog(viewers.OFFICER)).toBeNull();
  expect(await auditLog(viewers.PARTNER)).toBeNull();
});

it("filters by who, what and when, with each field's before and after", async () => {
  const byOfficer2 = await auditLog(viewers.MANAGER, { actorId: officer2.userId });
  expect(byOfficer2?.rows).toHaveLength(1);
  expect(byOfficer2?.rows[0].changes).toEqual({ status: ["DRAFT", "UNDER_NEGOTIATION"] });
  expect((await auditLog(viewers.MANAGER, { action: "create", entityType: "Agreement" }))?.rows.map((r) => r.entityId)).toEqual([agreementId]);
  expect((await auditLog(viewers.MANAGER, { from: new Date("2099-01-01") }))?.total).toBe(0);
  const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
  expect((await auditLog(viewers.MANAGER, { from: today, to: today }))?.total).toBe(2);
});
