// A synthetic portfolio for benchmarks, generated inside the database with generate_series (so
// it takes seconds to minutes, not hours, on either database). At scale 1: 2,000 organisations,
// 20,000 agreements with 2-4 parties, 60,000 meetings, 200,000 action items, 10,000 projects
// with 100,000 status reports, 20,000 documents of about 3 KB with ten pages of text each (200,000
// pages of about 130 words, read as the jobs would have), spread over 25 offices (five
// sub-regional offices under the demo's regional office, four more under each: 30 with the
// demo's). Numbers are inlined (integers computed here), never user input.
import type { PrismaClient } from "../../lib/generated/prisma/client";

const KINDS = ["GOVERNMENT", "UN_MULTILATERAL", "REGIONAL_BODY", "DEVELOPMENT_BANK", "PRIVATE_COMPANY", "WORKERS_EMPLOYERS", "NGO", "ACADEMIC", "FOUNDATION"];
const COUNTRIES = ["TH", "VN", "ID", "PH", "KH", "LA", "MM", "MY", "IN", "BD", "NP", "LK", "PK", "MN", "CN", "JP", "KR", "AU", "FJ", "TL"];
const INSTRUMENTS = ["MOU", "LETTER_OF_INTENT", "COOPERATION_AGREEMENT", "PARTNERSHIP_AGREEMENT", "PPP_AGREEMENT", "EXCHANGE_OF_LETTERS"];
const MODALITIES = ["BILATERAL", "SOUTH_SOUTH", "TRIANGULAR", "PUBLIC_PRIVATE", "INSTITUTIONAL"];
// Mostly active, as a live portfolio is.
const STATUSES = ["ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "EXPIRED", "EXPIRED", "UNDER_NEGOTIATION", "DRAFT", "TERMINATED"];
const ROLES = ["SIGNATORY", "FUNDING", "BENEFICIARY", "FACILITATOR", "IMPLEMENTING"];
const LIFECYCLES = ["ACTIVE", "ACTIVE", "ACTIVE", "PIPELINE", "COMPLETED", "SUSPENDED", "CLOSED"];
const HEALTHS = ["ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "OFF_TRACK"];
const ITEM_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "DONE", "CANCELLED"];
const WORDS = ["labour migration", "green jobs", "youth employment", "skills and TVET", "social protection", "occupational safety", "social dialogue", "productivity", "gender equality", "labour statistics", "enterprise development", "tripartism", "labour law"];

const OFFICES = 25;
// The pages' sentences: a partnership document's vocabulary, so that a common word matches many
// pages and a phrase fewer. Each page also names its document and page ("bench reference 123 page 4").
const SENTENCES = [
  "The Parties shall exchange labour market information at least once a year.",
  "The ILO shall provide technical assistance on occupational safety and health.",
  "The Partner shall contribute to the costs of the programme in annual instalments.",
  "Both Parties agree to promote social dialogue and tripartism in the region.",
  "Activities on youth employment will target young women and men in rural areas.",
  "A joint steering committee shall meet twice a year to review progress.",
  "Labour inspection training will be delivered to inspectors of the ministry.",
  "The programme supports skills development and technical and vocational education.",
  "Green jobs assessments shall inform the national employment policy.",
  "The Parties shall consult each other before publishing joint reports.",
  "Social protection floors will be extended to workers in the informal economy.",
  "Gender equality shall be mainstreamed in every activity under this agreement.",
  "Labour migration governance will be strengthened along the regional corridors.",
  "The agreement enters into force on the date of its signature by both Parties.",
  "Either Party may terminate this agreement with six months written notice.",
  "Enterprise development services will reach small and medium enterprises.",
  "Productivity and working conditions will be monitored in participating factories.",
  "Labour statistics shall be collected according to international standards.",
  "The minutes record that the parties agreed the occupational safety guide.",
  "Funds shall be administered in accordance with the financial regulations of the ILO.",
];
const PAGES_PER_DOCUMENT = 10;
const SENTENCES_PER_PAGE = 10;
const DOCUMENT_BYTES = `convert_to(repeat('Bench document ' || i || ' of the partnership portfolio. ', 60), 'UTF8')`;
const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;
const pick = (values: string[], expr: string, type?: string) => `(${arr(values)})[1 + (${expr}) % ${values.length}]${type ? `::"${type}"` : ""}`;

export interface Counts {
  organisations: number;
  agreements: number;
  meetings: number;
  actionItems: number;
  projects: number;
  statusReports: number;
  documents: number;
  opportunities: number;
}

function countsAt(scale: number): Counts {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return { organisations: n(2000), agreements: n(20000), meetings: n(60000), actionItems: n(200000), projects: n(10000), statusReports: n(100000), documents: n(20000), opportunities: n(5000) };
}

/** Writes the portfolio; `officerIds` take turns as responsible officers. Returns seconds per table. */
export async function generatePortfolio(client: PrismaClient, scale: number, officerIds: string[]) {
  const c = countsAt(scale);
  const officers = `(ARRAY[${officerIds.map((id) => `'${id.replace(/'/g, "")}'`).join(",")}])[1 + i % ${officerIds.length}]`;
  const meetingsPerAgreement = Math.max(1, Math.round(c.meetings / c.agreements));
  const reportsPerProject = Math.max(1, Math.round(c.statusReports / c.projects));
  // The offices are the same at any scale: a tree is tens of offices, not thousands.
  const office = (expr: string) => `'bf' || (1 + (${expr}) % ${OFFICES})`;
  const steps: [string, string][] = [
    ["offices", `INSERT INTO "Office"(id, name, city, "parentId", "updatedAt")
      SELECT 'bf' || i, 'Bench office ' || i, ${pick(COUNTRIES, "i")}, CASE WHEN i <= 5 THEN 'office-root' ELSE 'bf' || (1 + (i - 6) % 5) END, now()
      FROM generate_series(1, ${OFFICES}) i`],
    ["organisations", `INSERT INTO "Organisation"(id, name, acronym, kind, country, "updatedAt")
      SELECT 'bo' || i, 'Bench organisation ' || i || ' for ' || ${pick(WORDS, "i")}, 'BO' || i, ${pick(KINDS, "i", "OrganisationKind")},
             CASE WHEN i % 10 = 0 THEN NULL ELSE ${pick(COUNTRIES, "i")} END, now()
      FROM generate_series(1, ${c.organisations}) i`],
    ["agreements", `INSERT INTO "Agreement"(id, reference, title, instrument, modality, status, "signedOn", "effectiveOn", "expiresOn",
        "meetingCycleMonths", countries, "contributionAmount", "contributionCurrency", summary, "responsibleOfficerId", "officeId", "customValues", "updatedAt")
      SELECT 'ba' || i, 'BENCH/' || lpad(i::text, 6, '0'), 'Bench agreement ' || i || ' on ' || ${pick(WORDS, "i")},
             ${pick(INSTRUMENTS, "i", "Instrument")}, ${pick(MODALITIES, "i / 7", "Modality")}, ${pick(STATUSES, "i / 3", "AgreementStatus")},
             date '2012-01-01' + (i * 7) % 5000, date '2012-01-01' + (i * 7) % 5000 + 30,
             CASE WHEN i % 5 = 0 THEN NULL ELSE date '2012-01-01' + (i * 7) % 5000 + 365 * (3 + i % 12) END,
             CASE WHEN i % 4 = 0 THEN NULL ELSE 12 END,
             ARRAY[${pick(COUNTRIES, "i")}, ${pick(COUNTRIES, "i / 3 + 5")}],
             CASE WHEN i % 3 = 0 THEN ((i * 7919) % 5000000 + 1000)::numeric(18, 2) END, CASE WHEN i % 3 = 0 THEN ${pick(["USD", "EUR", "JPY", "AUD"], "i")} END,
             'Synthetic agreement ' || i || ' for benchmarks: cooperation on ' || ${pick(WORDS, "i")} || ' and ' || ${pick(WORDS, "i + 3")} || '.',
             ${officers}, ${office("i")},
             -- The demo's custom fields (prisma/seed/demo-custom-fields.ts): an outcome on four in five, a legal review date on half.
             jsonb_strip_nulls(jsonb_build_object(
               'dwcp_outcome', CASE WHEN i % 5 <> 0 THEN (ARRAY['id_1_1', 'kh_2_1', 'la_1_2', 'vn_1_2', 'ras_3_1'])[1 + i % 7 % 5] END,
               'legal_review_cleared', CASE WHEN i % 2 = 0 THEN (date '2012-01-01' + (i * 7) % 5000 - 20)::text END)),
             now()
      FROM generate_series(1, ${c.agreements}) i`],
    ["agreement parties", `INSERT INTO "AgreementParty"(id, "agreementId", "organisationId", role)
      SELECT 'bp' || i || '_' || k, 'ba' || i, 'bo' || (1 + (i * 7 + k * 131) % ${c.organisations}), ${pick(ROLES, "i + k", "PartyRole")}
      FROM generate_series(1, ${c.agreements}) i CROSS JOIN LATERAL generate_series(1, 2 + i % 3) k
      ON CONFLICT DO NOTHING`],
    ["agreement themes", `INSERT INTO "AgreementTheme"("agreementId", "themeId")
      SELECT 'ba' || i, t.id FROM generate_series(1, ${c.agreements}) i
      JOIN (SELECT id, row_number() OVER (ORDER BY "sortOrder", id) - 1 AS n, count(*) OVER () AS total FROM "Theme") t
        ON t.n = i % t.total OR t.n = (i / 5 + 3) % t.total
      ON CONFLICT DO NOTHING`],
    ["meetings", `INSERT INTO "Meeting"(id, "agreementId", kind, title, "heldOn", location, status, minutes, "minutesShared", "updatedAt")
      SELECT 'bm' || i || '_' || k, 'ba' || i, ${pick(["ANNUAL_REVIEW", "ANNUAL_REVIEW", "STEERING_COMMITTEE", "TECHNICAL"], "k", "MeetingKind")},
             'Bench meeting ' || k || ' of agreement ' || i, d, ${pick(["Bangkok", "Jakarta", "Manila", "Hanoi", "Online"], "i + k")},
             (CASE WHEN d < current_date THEN 'HELD' ELSE 'PLANNED' END)::"MeetingStatus",
             CASE WHEN d < current_date THEN 'Minutes of bench meeting ' || k || ' of agreement ' || i END, k % 2 = 0, now()
      FROM generate_series(1, ${c.agreements}) i CROSS JOIN LATERAL generate_series(1, ${meetingsPerAgreement}) k
      CROSS JOIN LATERAL (SELECT date '2024-01-01' + ((i * 37 + k * 113) % 1200) AS d) dates`],
    ["action items", `INSERT INTO "ActionItem"(id, "meetingId", description, "ownerOrganisationId", "dueOn", status, "updatedAt")
      SELECT 'bi' || j, 'bm' || a || '_' || (1 + (j / ${c.agreements}) % ${meetingsPerAgreement}),
             'Bench activity ' || j || ': ' || ${pick(WORDS, "j")}, 'bo' || (1 + (a * 7 + 131) % ${c.organisations}),
             date '2024-06-01' + (j * 13) % 1000, ${pick(ITEM_STATUSES, "j", "ActionItemStatus")}, now()
      FROM generate_series(1, ${c.actionItems}) j CROSS JOIN LATERAL (SELECT 1 + j % ${c.agreements} AS a) x`],
    ["projects", `INSERT INTO "Project"(id, code, title, "agreementId", lifecycle, countries, "budgetAmount", "budgetCurrency", "startsOn", "endsOn", summary, "responsibleOfficerId", "officeId", "updatedAt")
      SELECT 'bj' || i, 'BEN/' || lpad(i::text, 6, '0'), 'Bench project ' || i || ' on ' || ${pick(WORDS, "i")}, 'ba' || (1 + (i * 2) % ${c.agreements}),
             ${pick(LIFECYCLES, "i", "ProjectLifecycle")}, ARRAY[${pick(COUNTRIES, "i")}], ((i * 104729) % 9000000 + 50000)::numeric(18, 2), 'USD',
             date '2018-01-01' + (i * 11) % 2500, date '2018-01-01' + (i * 11) % 2500 + 365 * (2 + i % 6),
             'Synthetic project ' || i, ${officers}, ${office("1 + (i * 2) % " + c.agreements)}, now()
      FROM generate_series(1, ${c.projects}) i`],
    ["project partners", `INSERT INTO "ProjectPartner"(id, "projectId", "organisationId", role)
      SELECT 'bq' || i || '_' || k, 'bj' || i, 'bo' || (1 + (i * 13 + k * 17) % ${c.organisations}), ${pick(["FUNDING", "IMPLEMENTING"], "k", "PartyRole")}
      FROM generate_series(1, ${c.projects}) i CROSS JOIN generate_series(0, 1) k ON CONFLICT DO NOTHING`],
    ["project themes", `INSERT INTO "ProjectTheme"("projectId", "themeId")
      SELECT 'bj' || i, t.id FROM generate_series(1, ${c.projects}) i
      JOIN (SELECT id, row_number() OVER (ORDER BY "sortOrder", id) - 1 AS n, count(*) OVER () AS total FROM "Theme") t ON t.n = i % t.total`],
    ["status reports", `INSERT INTO "StatusReport"(id, "projectId", "reportedOn", health, "progressPercent", summary, "updatedAt")
      SELECT 'br' || i || '_' || k, 'bj' || i, date '2023-01-01' + k * 90 + i % 60, ${pick(HEALTHS, "i + k", "Health")}, least(100, k * 10 + i % 10),
             'Quarterly report ' || k || ' of project ' || i, now()
      FROM generate_series(1, ${c.projects}) i CROSS JOIN generate_series(1, ${reportsPerProject}) k`],
    ["documents", `INSERT INTO "Document"(id, "agreementId", filename, "mediaType", "sizeBytes", sha256, "sharedWithPartners", "updatedAt")
      SELECT 'bd' || i, 'ba' || (1 + (i - 1) % ${c.agreements}), 'bench-' || i || '.txt', 'text/plain', length(b), encode(sha256(b), 'hex'), i % 2 = 0, now()
      FROM generate_series(1, ${c.documents}) i CROSS JOIN LATERAL (SELECT ${DOCUMENT_BYTES} AS b) f`],
    ["document contents", `INSERT INTO "DocumentContent"("documentId", bytes)
      SELECT 'bd' || i, b FROM generate_series(1, ${c.documents}) i CROSS JOIN LATERAL (SELECT ${DOCUMENT_BYTES} AS b) f`],
    // Each page its own mix of the sentences (the vector and its index are the database's).
    ["document pages", `INSERT INTO "DocumentPage"("documentId", page, text)
      SELECT 'bd' || i, k, 'Bench reference ' || i || ' page ' || k || '. ' ||
             (SELECT string_agg((${arr(SENTENCES.map((x) => x.replace(/'/g, "''")))})[1 + (i * 7 + k * 3 + j * j) % ${SENTENCES.length}], ' ') FROM generate_series(1, ${SENTENCES_PER_PAGE}) j)
      FROM generate_series(1, ${c.documents}) i CROSS JOIN generate_series(1, ${PAGES_PER_DOCUMENT}) k`],
    ["document text states", `UPDATE "Document" SET "textState" = 'FOUND', "textPages" = ${PAGES_PER_DOCUMENT} WHERE id LIKE 'bd%'`],
  ];
  // The pipeline (decision 023): opportunities across the stages, most spread over two or three years.
  const STAGES = ["IDEA", "CONCEPT_NOTE", "PROPOSAL_SUBMITTED", "NEGOTIATION", "WON", "LOST", "WITHDRAWN"];
  steps.push(
    ["opportunities", `INSERT INTO "Opportunity"(id, title, "organisationId", amount, currency, stage, "expectedDecisionOn", "nextStep", "nextStepDueOn",
        "decidedOn", "closeReason", countries, "responsibleOfficerId", "officeId", "updatedAt")
      SELECT 'bo_' || i, 'Bench opportunity ' || i || ' on ' || ${pick(WORDS, "i")}, 'bo' || (1 + (i * 11) % ${c.organisations}),
             ((i * 7919) % 3000000 + 10000)::numeric(18, 2), ${pick(["USD", "EUR", "JPY", "AUD"], "i")}, ${pick(STAGES, "i", "OpportunityStage")},
             current_date + ((i * 13) % 900 - 200), 'Next step ' || i, current_date + ((i * 7) % 120 - 30),
             CASE WHEN i % 7 >= 4 THEN current_date - (i % 400) END,
             CASE WHEN i % 7 IN (5, 6) THEN ${pick(["NO_FUNDS", "PARTNER_PRIORITIES", "COMPETING_PROPOSAL", "OTHER"], "i", "OpportunityCloseReason")} END,
             ARRAY[${pick(COUNTRIES, "i")}], ${officers}, ${office("i")}, now()
      FROM generate_series(1, ${c.opportunities}) i`],
    ["opportunity tranches", `INSERT INTO "OpportunityTranche"(id, "opportunityId", year, amount)
      SELECT 'bt' || i || '_' || k, 'bo_' || i, extract(year FROM current_date)::int + k, o.amount / (1 + i % 3)
      FROM generate_series(1, ${c.opportunities}) i JOIN "Opportunity" o ON o.id = 'bo_' || i
      CROSS JOIN LATERAL generate_series(0, i % 3) k WHERE i % 4 <> 0 AND o.amount % (1 + i % 3) = 0`],
  );
  const timings: Record<string, number> = {};
  for (const [name, sql] of steps) {
    const started = performance.now();
    await client.$executeRawUnsafe(sql);
    timings[name] = Math.round(performance.now() - started) / 1000;
    process.stdout.write(`  ${name}: ${timings[name]} s\n`);
  }
  await client.$executeRawUnsafe("ANALYZE");
  return { counts: c, timings };
}
