import { describe, expect, it } from "vitest";
import { ACTIONS, can, scope, SUBJECTS, type Action, type Role, type Subject, type Viewer } from "@/lib/policy";

const viewer = (role: Role, organisationId: string | null = null): Viewer => ({
  userId: `u-${role}`,
  sessionId: "s",
  name: role,
  email: `${role}@example.org`,
  role,
  organisationId,
});

const ALL: Action[] = [...ACTIONS];
const READ: Action[] = ["read"];
const NONE: Action[] = [];
const TOKEN: Action[] = ["read", "create", "archive"];

// The whole staff matrix, written out by hand: what each role may do to each subject.
const STAFF: Record<Subject, Record<"ADMIN" | "OFFICER" | "MANAGER", Action[]>> = {
  Organisation: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  InternalNotes: { ADMIN: READ, OFFICER: READ, MANAGER: READ },
  Contact: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Agreement: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Amendment: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  // Officers submit (create); managers and administrators clear or return (update): the managers' one write.
  Clearance: { ADMIN: ["read", "create", "update"], OFFICER: ["read", "create"], MANAGER: ["read", "update"] },
  Meeting: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Minutes: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  ActionItem: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Project: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  StatusReport: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Result: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Indicator: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  ReportingRequirement: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  // Officers submit a report received by other means (create) and accept or return it (update).
  PartnerReport: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Document: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Commitment: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Instalment: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Receipt: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Comment: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  Acknowledgement: { ADMIN: READ, OFFICER: READ, MANAGER: READ },
  User: { ADMIN: ALL, OFFICER: NONE, MANAGER: NONE },
  AuditLog: { ADMIN: READ, OFFICER: NONE, MANAGER: READ },
  Dashboard: { ADMIN: READ, OFFICER: READ, MANAGER: READ },
  Export: { ADMIN: READ, OFFICER: READ, MANAGER: READ },
  Backup: { ADMIN: READ, OFFICER: NONE, MANAGER: NONE },
  ExchangeRate: { ADMIN: ["read", "create", "update"], OFFICER: READ, MANAGER: READ },
  Office: { ADMIN: ["read", "create", "update"], OFFICER: READ, MANAGER: READ },
  CustomField: { ADMIN: ["read", "create", "update"], OFFICER: READ, MANAGER: READ },
  SavedView: { ADMIN: ["read", "create", "update", "archive", "restore"], OFFICER: ["read", "create", "update", "archive", "restore"], MANAGER: ["read", "create", "archive", "restore"] },
  IatiPublishing: { ADMIN: ["read", "update"], OFFICER: READ, MANAGER: READ },
  // Officers record assessments; managers approve them (their second write); administrators both.
  DueDiligence: { ADMIN: ["read", "create", "update"], OFFICER: ["read", "create"], MANAGER: ["read", "update"] },
  SanctionsMatch: { ADMIN: ["read", "update"], OFFICER: ["read", "update"], MANAGER: READ },
  DiligenceSetup: { ADMIN: ["read", "update"], OFFICER: READ, MANAGER: READ },
  PipelineSetup: { ADMIN: ["read", "update"], OFFICER: READ, MANAGER: READ },
  Opportunity: { ADMIN: ALL, OFFICER: ALL, MANAGER: READ },
  // One's own tokens only (the queries limit them to the viewer's): created, listed, revoked.
  ApiToken: { ADMIN: TOKEN, OFFICER: TOKEN, MANAGER: TOKEN },
};

describe("staff roles", () => {
  for (const subject of SUBJECTS) {
    for (const role of ["ADMIN", "OFFICER", "MANAGER"] as const) {
      for (const action of ACTIONS) {
        const allowed = STAFF[subject][role].includes(action);
        it(`${role} ${allowed ? "may" : "may not"} ${action} ${subject}`, () => {
          expect(can(viewer(role), action, subject)).toBe(allowed);
          // Staff decisions do not depend on which organisation the record belongs to.
          expect(can(viewer(role), action, subject, { partyOrganisationIds: ["other"] })).toBe(allowed);
        });
      }
    }
  }
});

it("a manager's writes are deciding: clearing or returning an agreement, approving an assessment (and their own API tokens and saved views)", () => {
  const writes = SUBJECTS.filter((s) => s !== "ApiToken" && s !== "SavedView").flatMap((subject) => ACTIONS.filter((a) => a !== "read" && can(viewer("MANAGER"), a, subject)).map((a) => `${a} ${subject}`));
  expect(writes).toEqual(["update Clearance", "update DueDiligence"]);
});

describe("partners", () => {
  const partner = viewer("PARTNER", "org-asean");
  const own = { partyOrganisationIds: ["org-ilo", "org-asean"] };
  const other = { partyOrganisationIds: ["org-ilo", "org-adb"] };

  // What a partner may read on its own agreement; everything else is refused.
  const READABLE_WHEN_OWN: Subject[] = ["Agreement", "Amendment", "Meeting", "Project", "StatusReport", "Result", "Indicator", "Acknowledgement"];
  // What a partner may create: a comment on its own action item, an acknowledgement of shared
  // minutes, its own report (submitting it).
  const CREATABLE_WHEN_OWN: Subject[] = ["Comment", "Acknowledgement", "PartnerReport"];
  // What a partner may update: the status of an action item its organisation owns.
  const UPDATABLE_WHEN_OWN: Subject[] = ["ActionItem"];

  it("manages its own API tokens, as every role does", () => {
    expect(ACTIONS.filter((a) => can(partner, a, "ApiToken"))).toEqual(TOKEN);
  });

  for (const subject of SUBJECTS.filter((s) => s !== "ApiToken")) {
    it(`a partner reads ${subject} of its own agreement only ${READABLE_WHEN_OWN.includes(subject) ? "" : "never"}`, () => {
      expect(can(partner, "read", subject, own)).toBe(READABLE_WHEN_OWN.includes(subject));
      expect(can(partner, "read", subject, other)).toBe(false);
      expect(can(partner, "read", subject)).toBe(false);
    });
    for (const action of ACTIONS.filter((a) => a !== "read")) {
      const allowed = (action === "create" && CREATABLE_WHEN_OWN.includes(subject)) || (action === "update" && UPDATABLE_WHEN_OWN.includes(subject));
      it(`a partner ${allowed ? "may" : "may not"} ${action} ${subject} on its own agreement`, () => {
        expect(can(partner, action, subject, { ...own, sharedWithPartners: true, ownerOrganisationId: "org-asean" })).toBe(allowed);
        expect(can(partner, action, subject, { ...other, sharedWithPartners: true, ownerOrganisationId: "org-asean" })).toBe(false);
      });
    }
  }

  it("reads minutes and documents only when they are shared, and only on its own agreements", () => {
    for (const subject of ["Minutes", "Document"] as const) {
      expect(can(partner, "read", subject, { ...own, sharedWithPartners: true })).toBe(true);
      expect(can(partner, "read", subject, { ...own, sharedWithPartners: false })).toBe(false);
      expect(can(partner, "read", subject, { ...other, sharedWithPartners: true })).toBe(false);
    }
  });

  it("reads action items that its organisation owns, on its own agreements", () => {
    expect(can(partner, "read", "ActionItem", { ...own, ownerOrganisationId: "org-asean" })).toBe(true);
    expect(can(partner, "read", "ActionItem", { ...own, ownerOrganisationId: "org-ilo" })).toBe(false);
    expect(can(partner, "read", "ActionItem", { ...other, ownerOrganisationId: "org-asean" })).toBe(false);
  });

  it("reads, submits and updates only what its organisation owns: another party's report or action item stays out of reach", () => {
    expect(can(partner, "create", "PartnerReport", { ...own, ownerOrganisationId: "org-ilo" })).toBe(false);
    expect(can(partner, "create", "PartnerReport", { ...own, ownerOrganisationId: "org-asean", archived: true })).toBe(false);
    expect(can(partner, "update", "ActionItem", { ...own, ownerOrganisationId: "org-ilo" })).toBe(false);
    expect(can(partner, "update", "PartnerReport", { ...own, ownerOrganisationId: "org-asean" })).toBe(false);
  });

  it("reads its own organisation's commitments, instalments, receipts and reports, never another party's on the same agreement", () => {
    for (const subject of ["Commitment", "Instalment", "Receipt", "ReportingRequirement", "PartnerReport"] as const) {
      expect(can(partner, "read", subject, { ...own, ownerOrganisationId: "org-asean" })).toBe(true);
      expect(can(partner, "read", subject, { ...own, ownerOrganisationId: "org-ilo" })).toBe(false);
      expect(can(partner, "read", subject, { ...other, ownerOrganisationId: "org-asean" })).toBe(false);
      expect(can(partner, "read", subject, { ...own, ownerOrganisationId: "org-asean", archived: true })).toBe(false);
    }
  });

  it("comments only on action items its organisation owns, and acknowledges only shared minutes", () => {
    expect(can(partner, "create", "Comment", { ...own, ownerOrganisationId: "org-ilo" })).toBe(false);
    expect(can(partner, "read", "Comment", { ...own, ownerOrganisationId: "org-asean" })).toBe(true);
    expect(can(partner, "create", "Acknowledgement", { ...own, sharedWithPartners: false })).toBe(false);
    expect(can(partner, "create", "Acknowledgement", { ...own, sharedWithPartners: true, archived: true })).toBe(false);
  });

  it("sees nothing of an archived record", () => {
    expect(can(partner, "read", "Agreement", { ...own, archived: true })).toBe(false);
  });

  it("a partner user without an organisation sees nothing", () => {
    expect(can(viewer("PARTNER", null), "read", "Agreement", own)).toBe(false);
  });
});

it("nobody signed in may do anything", () => {
  for (const subject of SUBJECTS) for (const action of ACTIONS) expect(can(null, action, subject)).toBe(false);
});

describe("offices", () => {
  // A regional office ("region") with a country office ("country") below it, and another ("other").
  const at = (role: Role, offices: readonly string[] | "all", readsAllOffices = role === "OFFICER"): Viewer => ({ ...viewer(role), offices, readsAllOffices });
  const regional = at("OFFICER", ["region", "country"]);
  const country = at("OFFICER", ["country"]);
  const manager = at("MANAGER", ["country"]);
  const admin = at("ADMIN", "all");
  const record = (officeId: string) => ({ officeId });

  it("officers write the records of their office and those below it, and read every office's", () => {
    for (const action of ["create", "update", "archive", "restore"] as const) {
      expect(can(regional, action, "Agreement", record("country"))).toBe(true);
      expect(can(country, action, "Agreement", record("country"))).toBe(true);
      expect(can(country, action, "Agreement", record("region")), action).toBe(false);
      expect(can(country, action, "Project", record("other"))).toBe(false);
    }
    expect(can(country, "create", "Amendment", record("region"))).toBe(false);
    expect(can(country, "create", "Comment", record("region"))).toBe(false);
    expect(can(country, "read", "Agreement", record("region"))).toBe(true);
    expect(can(country, "read", "Meeting", record("other"))).toBe(true);
  });

  it("where the organisation says so, officers read only their own offices' records", () => {
    const narrow = at("OFFICER", ["country"], false);
    expect(can(narrow, "read", "Agreement", record("region"))).toBe(false);
    expect(can(narrow, "read", "Agreement", record("country"))).toBe(true);
  });

  it("managers read and clear their offices' records only; administrators everything", () => {
    expect(can(manager, "read", "Agreement", record("country"))).toBe(true);
    expect(can(manager, "read", "Agreement", record("region"))).toBe(false);
    expect(can(manager, "update", "Clearance", record("country"))).toBe(true);
    expect(can(manager, "update", "Clearance", record("region"))).toBe(false);
    expect(can(manager, "update", "Agreement", record("country"))).toBe(false); // managers never edit
    for (const action of ALL) expect(can(admin, action, "Agreement", record("other"))).toBe(true);
  });

  it("partners, their diligence and the unit's screens belong to no office", () => {
    expect(can(country, "update", "Organisation", record("region"))).toBe(true);
    expect(can(manager, "read", "Dashboard")).toBe(true);
    expect(can(country, "create", "DueDiligence")).toBe(true);
  });

  it("scopes reads for those who read only their offices: managers, and officers where the organisation says so", () => {
    expect(scope(manager).agreement).toEqual({ officeId: { in: ["country"] } });
    expect(scope(at("OFFICER", ["country"], false)).project).toEqual({ officeId: { in: ["country"] } });
    expect(scope(country).agreement).toEqual({});
    expect(scope(admin).agreement).toEqual({});
    expect(scope(viewer("MANAGER")).agreement).toEqual({}); // made outside a session: every office
  });
});
