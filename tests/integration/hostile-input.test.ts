// Hostile input, generated (fast-check): random and malicious values in every field of every
// form that writes, in every id a form or URL can carry, and in list filters. Each gets a clear
// refusal or is stored exactly as typed (so it renders as text, never as markup or SQL); nothing
// throws and nothing is half-written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { setArchived, type ArchivableSubject } from "@/lib/audit/archive";
import { createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { listAgreements } from "@/lib/agreements/queries";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { agreementFormValues } from "@/lib/agreements/schema";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { previewImport } from "@/lib/import/import";
import { acknowledgeMinutes, commentOnActionItem } from "@/lib/meetings/feedback";
import { createMeeting } from "@/lib/meetings/mutations";
import { listMeetings, parseMeetingFilters } from "@/lib/meetings/queries";
import { auditLog } from "@/lib/audit/queries";
import { meetingFormValues } from "@/lib/meetings/schema";
import { createPartner } from "@/lib/partners/mutations";
import { partnerFormValues } from "@/lib/partners/schema";
import type { Viewer } from "@/lib/policy";
import { addStatusReport, createProject } from "@/lib/projects/mutations";
import { projectFormValues, statusReportFormValues } from "@/lib/projects/schema";
import { changeOwnPassword, inviteUser, setPasswordWithToken } from "@/lib/users/mutations";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { addInstalment, createCommitment, recordReceipt } from "@/lib/funding/mutations";
import { commitmentFormValues, instalmentFormValues, receiptFormValues } from "@/lib/funding/schema";
import { recordAmendment } from "@/lib/amendments/mutations";
import { amendmentFormValues } from "@/lib/amendments/schema";
import { createExchangeRate } from "@/lib/exchange-rates/mutations";
import { createApiToken } from "@/lib/api/tokens";
import { apiTokenFormValues } from "@/lib/api/schema";
import { recordAssessment } from "@/lib/diligence/mutations";
import { assessmentFormValues } from "@/lib/diligence/schema";
import { exchangeRateFormValues } from "@/lib/exchange-rates/schema";
import { english } from "../support/english";
import type { Text } from "@/lib/i18n/message";

const MALICIOUS = [
  "<script>alert(document.cookie)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "'; DROP TABLE \"Agreement\"; --",
  "1' OR '1'='1",
  "$1; SELECT pg_sleep(10)",
  "../../../../etc/passwd",
  "..\\..\\windows\\system32",
  "%00",
  "\u0000",
  "nul\u0000inside",
  "\u202eevil\u202c",
  "\r\n\tcontrol\u0007chars\u001b[31m",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "🙂👍🏽 Việt Nam — ក្រសួង",
  "\ud800",
  " ",
  "",
  "0",
  "-1",
  "1e400",
  "NaN",
  "null",
  "undefined",
  "[object Object]",
  "__proto__",
  "constructor",
];

/** A value for any text field: malicious classics, random unicode, and sizes near and past the limits. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MALICIOUS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(200, 201, 5000, 5001, 100_000).map((n) => "x".repeat(n)) },
);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

let officer: Viewer;
let partner: Viewer;
let ilo: string;
let asean: string;
let agreementId: string;
let meetingId: string;
let projectId: string;

beforeAll(async () => {
  ilo = (await makeOrganisation("ILO")).id;
  asean = (await makeOrganisation("ASEAN")).id;
  agreementId = (await makeAgreement([ilo, asean])).id;
  officer = viewerOf(await makeUser("OFFICER"));
  partner = viewerOf(await makeUser("PARTNER", { organisationId: asean }));
  const meeting = await db().meeting.create({ data: { agreementId, kind: "ANNUAL_REVIEW", title: "Yearly review", heldOn: new Date("2026-05-01"), status: "HELD", minutes: "Agreed.", minutesShared: true } });
  meetingId = meeting.id;
  projectId = (await db().project.create({ data: { code: "HOSTILE/1", title: "Hostile input project", lifecycle: "ACTIVE", agreementId } })).id;
});

/** Row counts of every table a form writes, to prove a refusal wrote nothing. */
async function counts() {
  const c = db();
  const [agreements, parties, organisations, contacts, meetings, items, projects, reports, documents, users, audit, comments, commitments, instalments, receipts, amendments, rates, assessments, tokens] = await Promise.all([
    c.agreement.count(),
    c.agreementParty.count(),
    c.organisation.count(),
    c.contact.count(),
    c.meeting.count(),
    c.actionItem.count(),
    c.project.count(),
    c.statusReport.count(),
    c.document.count(),
    c.user.count(),
    c.auditEvent.count(),
    c.actionItemComment.count(),
    c.commitment.count(),
    c.instalment.count(),
    c.receipt.count(),
    c.amendment.count(),
    c.exchangeRate.count(),
    c.diligenceAssessment.count(),
    c.apiToken.count(),
  ]);
  return { agreements, parties, organisations, contacts, meetings, items, projects, reports, documents, users, audit, comments, commitments, instalments, receipts, amendments, rates, assessments, tokens };
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/**
 * The property every write keeps: a valid form with some fields replaced by hostile values either
 * saves (and then the hostile text is stored exactly as typed, trimmed) or is refused with a
 * message, writing nothing.
 */
async function checkWrite(
  valid: Record<string, string | string[]>,
  write: (data: FormData) => Promise<{ ok: boolean; message?: Text; id?: string }>,
  stored: (id: string) => Promise<Record<string, unknown> | null>,
) {
  const names = Object.keys(valid);
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), hostile, { minKeys: 1, maxKeys: 4 }), async (changes) => {
      const before = await counts();
      const result = await write(form({ ...valid, ...changes }));
      if (!result.ok) {
        expect(english(result.message!), JSON.stringify(changes)).toMatch(/\S/);
        expect(await counts()).toEqual(before);
        return;
      }
      const row = await stored(result.id!);
      for (const [name, value] of Object.entries(changes)) {
        // As UTF-8 carries it: a lone surrogate (no browser sends one) arrives as U+FFFD.
        if (row && name in row && typeof row[name] === "string") expect(row[name], name).toBe(Buffer.from(value.trim()).toString());
      }
    }),
    { numRuns: RUNS },
  );
}

describe("every form that writes", () => {
  it("agreements", async () => {
    const valid = {
      reference: "RUP/HOSTILE",
      title: "Hostile agreement",
      instrument: "MOU",
      modality: "BILATERAL",
      status: "ACTIVE",
      signedOn: "2024-01-01",
      expiresOn: "2027-01-01",
      meetingCycleMonths: "12",
      countries: "TH",
      summary: "Summary",
      contributionAmount: "100.00",
      contributionCurrency: "USD",
      partyOrganisationId: [ilo, asean],
      partyRole: ["SIGNATORY", "SIGNATORY"],
      signedBefore: "1",
    };
    let n = 0;
    await checkWrite(
      valid,
      (data) => {
        if (data.get("reference") === "RUP/HOSTILE") data.set("reference", `RUP/HOSTILE/${n++}`); // references are unique
        return createAgreement(officer, agreementFormValues(data));
      },
      (id) => db().agreement.findUnique({ where: { id } }),
    );
  });

  it("partners, with contacts", async () => {
    let n = 0;
    await checkWrite(
      { name: "Hostile partner", acronym: "HP", kind: "GOVERNMENT", country: "TH", website: "https://example.org", internalNotes: "Notes", contactName: "Siti", contactTitle: "Director", contactEmail: "siti@example.org", contactPhone: "+66 2 000 0000" },
      (data) => {
        if (data.get("name") === "Hostile partner") data.set("name", `Hostile partner ${n++}`);
        return createPartner(officer, partnerFormValues(data));
      },
      (id) => db().organisation.findUnique({ where: { id } }),
    );
  });

  it("meetings, with action items", async () => {
    await checkWrite(
      { agreementId, kind: "ANNUAL_REVIEW", title: "Hostile meeting", heldOn: "2026-03-01", status: "HELD", location: "Bangkok", agenda: "Agenda", minutes: "Minutes", decisions: "Decisions", participants: "A\nB", itemDescription: "Do it", itemOwner: asean, itemDueOn: "2026-06-01", itemStatus: "OPEN" },
      (data) => createMeeting(officer, meetingFormValues(data)),
      (id) => db().meeting.findUnique({ where: { id } }),
    );
  });

  it("projects and their status reports", async () => {
    let n = 0;
    await checkWrite(
      { code: "HOSTILE", title: "Hostile project", agreementId, lifecycle: "ACTIVE", countries: "LA", budgetAmount: "1000", budgetCurrency: "USD", startsOn: "2025-01-01", endsOn: "2027-01-01", summary: "Summary", partyOrganisationId: asean, partyRole: "FUNDING" },
      (data) => {
        if (data.get("code") === "HOSTILE") data.set("code", `HOSTILE/${n++}`);
        return createProject(officer, projectFormValues(data));
      },
      (id) => db().project.findUnique({ where: { id } }),
    );
    await checkWrite(
      { reportedOn: "2026-06-30", health: "ON_TRACK", progressPercent: "50", summary: "On track", risks: "None" },
      async (data) => {
        const result = await addStatusReport(officer, projectId, statusReportFormValues(data));
        return result.ok ? { ok: true, id: (await db().statusReport.findFirstOrThrow({ where: { projectId }, orderBy: { createdAt: "desc" } })).id } : result;
      },
      (id) => db().statusReport.findUnique({ where: { id } }),
    );
  });

  it("invitations, passwords and comments", async () => {
    const admin = viewerOf(await makeUser("ADMIN"));
    let n = 0;
    await checkWrite(
      { email: "invitee@example.org", name: "Invitee", role: "PARTNER", organisationId: asean },
      (data) => {
        if (data.get("email") === "invitee@example.org") data.set("email", `invitee${n++}@example.org`);
        return inviteUser(admin, { email: String(data.get("email")), name: String(data.get("name")), role: String(data.get("role")) as "PARTNER", organisationId: String(data.get("organisationId")) });
      },
      (id) => db().user.findUnique({ where: { id } }),
    );
    const item = await db().actionItem.create({ data: { meetingId, description: "Share statistics", ownerOrganisationId: asean, status: "OPEN" } });
    await checkWrite(
      { body: "A comment" },
      (data) => commentOnActionItem(partner, item.id, String(data.get("body"))),
      (id) => db().actionItemComment.findFirst({ where: { actionItemId: id }, orderBy: { createdAt: "desc" } }),
    );
    const client = { ipAddress: "198.51.100.7", userAgent: "property test" };
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (current, password, token) => {
        const before = await counts();
        expect((await changeOwnPassword(officer, { current, password, confirm: password }, client)).ok).toBe(false);
        expect((await setPasswordWithToken(token, { password, confirm: password })).ok).toBe(false);
        expect(await counts()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("every id a form or an address can carry", () => {
  it("is 'not found' or refused, never a crash or a write", async () => {
    const subjects: ArchivableSubject[] = ["Agreement", "Organisation", "Meeting", "Project", "StatusReport", "Document"];
    await fc.assert(
      fc.asyncProperty(hostile, fc.integer({ min: -1, max: 3 }), async (id, version) => {
        const before = await counts();
        for (const subject of subjects) expect((await setArchived(officer, subject, "agreement", id, version, true)).ok).toBe(false);
        expect((await updateAgreement(officer, id, version, agreementFormValues(form({ title: "x" })))).ok).toBe(false);
        expect((await acknowledgeMinutes(partner, id)).ok).toBe(false);
        expect((await commentOnActionItem(partner, id, "Hello")).ok).toBe(false);
        expect((await addStatusReport(officer, id, statusReportFormValues(form({ reportedOn: "2026-01-01", health: "ON_TRACK", progressPercent: "1", summary: "s" })))).ok).toBe(false);
        expect(await counts()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("list filters from the address bar", () => {
  it("never fail: whatever the parameters, the list answers", async () => {
    const keys = ["q", "status", "instrument", "modality", "country", "theme", "partner", "partnerKind", "officer", "year", "activeIn", "expiring", "meetingYear", "meetingHeld", "sort", "dir", "page", "archived"];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), hostile, { maxKeys: 5 }), async (params) => {
        const list = await listAgreements(officer, parseAgreementFilters(new URLSearchParams(params)));
        expect(list).not.toBeNull();
      }),
      { numRuns: RUNS, examples: [[{ q: "nul\u0000inside" }], [{ partner: "\u0000", officer: "\u0000", theme: "\u0000" }], [{ page: "1e400", year: "NaN" }]] },
    );
  });
});

describe("money, amendments and exchange rates", () => {
  let funded: string;
  let commitmentId: string;
  let instalmentId: string;
  let admin: Viewer;
  beforeAll(async () => {
    admin = viewerOf(await makeUser("ADMIN"));
    funded = (await db().agreement.create({
      data: {
        reference: "HOSTILE/FUNDED", title: "Funded", instrument: "MOU", modality: "BILATERAL", status: "ACTIVE", expiresOn: new Date("2027-01-01"),
        parties: { create: [{ organisationId: ilo, role: "SIGNATORY" }, { organisationId: asean, role: "FUNDING" }] },
      },
    })).id;
    commitmentId = (await db().commitment.create({ data: { agreementId: funded, organisationId: asean, amount: "1000", currency: "USD" } })).id;
    instalmentId = (await db().instalment.create({ data: { commitmentId, dueOn: new Date("2026-06-30"), amount: "500" } })).id;
  });
  const latest = (model: "commitment" | "instalment" | "receipt") => async () =>
    (await (db()[model] as unknown as { findFirst: (q: object) => Promise<Record<string, unknown> | null> }).findFirst({ orderBy: { createdAt: "desc" } }));

  it("commitments, instalments and receipts", async () => {
    await checkWrite(
      { organisationId: asean, projectId: "", amount: "250.00", currency: "USD", committedOn: "2026-01-01", description: "Top-up" },
      (data) => createCommitment(officer, funded, commitmentFormValues(data)),
      latest("commitment"),
    );
    await checkWrite({ commitmentId, dueOn: "2026-09-30", instalmentAmount: "250", condition: "On receipt of the report" }, (data) => addInstalment(officer, instalmentFormValues(data)), latest("instalment"));
    await checkWrite({ instalmentId, receivedOn: "2026-07-01", receiptAmount: "100", reference: "BANK-1" }, (data) => recordReceipt(officer, receiptFormValues(data)), latest("receipt"));
  });

  it("amendments and exchange rates", async () => {
    await checkWrite(
      { kind: "CHANGE_OF_SCOPE", signedOn: "2026-05-01", summary: "Adds skills work.", newExpiresOn: "", newContributionAmount: "", newContributionCurrency: "" },
      async (data) => {
        const { version } = await db().agreement.findUniqueOrThrow({ where: { id: funded } });
        return recordAmendment(officer, funded, version, amendmentFormValues(data));
      },
      async () => db().amendment.findFirst({ orderBy: { createdAt: "desc" } }),
    );
    await checkWrite({ currency: "EUR", month: "2026-05", usdPerUnit: "1.08" }, (data) => createExchangeRate(admin, exchangeRateFormValues(data)), async () => null);
  });
});

describe("due diligence and API tokens", () => {
  it("assessments and token names", async () => {
    await checkWrite(
      { assessedOn: "2026-11-20", sourcesChecked: ["UN Security Council sanctions list"], findings: "Nothing found.", risk: "LOW", decision: "ENGAGE", mitigations: "", validUntil: "" },
      (data) => recordAssessment(officer, asean, assessmentFormValues(data)),
      (id) => db().diligenceAssessment.findUnique({ where: { id } }),
    );
    await checkWrite({ name: "Power BI", days: "90" }, (data) => createApiToken(officer, apiTokenFormValues(data)), (id) => db().apiToken.findUnique({ where: { id } }));
  });
});

describe("dates in list filters", () => {
  // Built field by field, as an attacker's tool does: month and day 0-99 give 2026-13-01 and 2026-02-31.
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const anyDate = fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
  const dateOrHostile = fc.oneof(anyDate, hostile);

  it("never fail on impossible days: the agreements, meetings and audit lists answer, ignoring them", async () => {
    const manager = viewerOf(await makeUser("MANAGER"));
    await fc.assert(
      fc.asyncProperty(dateOrHostile, dateOrHostile, async (from, to) => {
        const agreements = await listAgreements(officer, parseAgreementFilters(new URLSearchParams({ expiresFrom: from, expiresTo: to })));
        expect(agreements).not.toBeNull();
        const filters = parseMeetingFilters({ from, to });
        expect((await listMeetings(officer, filters))?.rows).toBeInstanceOf(Array);
        expect((await auditLog(manager, { from: filters.from, to: filters.to }))?.rows).toBeInstanceOf(Array);
      }),
      { numRuns: RUNS * 2, examples: [["2026-13-01", "2026-99-99"], ["2026-02-31", "0000-00-00"], ["99999-01-01", "2026-00-10"]] },
    );
  });

  it("a day that does not exist is no filter at all", async () => {
    expect(parseMeetingFilters({ from: "2026-02-31", to: "2026-13-01" })).toMatchObject({ from: undefined, to: undefined });
    expect(parseAgreementFilters(new URLSearchParams({ expiresFrom: "2026-02-29", expiresTo: "2028-02-29" }))).toMatchObject({
      expiresFrom: undefined,
      expiresTo: "2028-02-29",
    });
  });
});

describe("files", () => {
  it("uploads and imports of random bytes under any name are refused with a reason, or stored as what they are", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), hostile, async (bytes, name) => {
        const before = await counts();
        const upload = await uploadDocument(officer, { agreementId }, { name, bytes }, false);
        if (upload.ok) {
          const document = await db().document.findUniqueOrThrow({ where: { id: upload.id } });
          expect(document.mediaType).toMatch(/^text\/(plain|csv)$/); // random bytes can only pass as text
          expect(document.filename).not.toMatch(/[\u0000-\u001f/\\]/);
        } else {
          expect(english(upload.message)).toMatch(/\S/);
          expect(await counts()).toEqual(before);
        }
        const preview = await previewImport(officer, "agreements", { name, bytes });
        if (!preview.ok) expect(english(preview.message)).toMatch(/\S/);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
