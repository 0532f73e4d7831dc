// What every route and every Server Action must answer to every role, derived from the policy
// module (`can`). The access test reads the build's own lists of routes and actions and fails on
// any that has no entry here: a new page or action needs a policy decision before it ships.
import { can, type RecordFacts, type Role, type Subject, type Viewer } from "@/lib/policy";

/**
 * Who asks: a role, or nobody signed in. OFFICER and MANAGER work in the regional office at the top of
 * the demo's tree; the *_JAKARTA ones in the Jakarta country office below it, which keeps none of
 * the sample records (they are the regional office's).
 */
export type Who = Role | "ANONYMOUS" | "OFFICER_JAKARTA" | "MANAGER_JAKARTA";
export const WHO: readonly Who[] = ["ANONYMOUS", "ADMIN", "OFFICER", "MANAGER", "PARTNER", "OFFICER_JAKARTA", "MANAGER_JAKARTA"];

/** The partner role is played by the Government of Japan's demo user; "other" records are ASEAN's. */
export const PARTNER_EMAIL = "japan@example.org";
const OWN = "japan";
const OTHER = "asean";

/** The demo's offices, by the names the rules use for them. */
const OFFICES = ["regional", "dwt", "jakarta", "hanoi", "bangkok"];

export function viewerOf(who: Who): Viewer | null {
  if (who === "ANONYMOUS") return null;
  const role: Role = who === "OFFICER_JAKARTA" ? "OFFICER" : who === "MANAGER_JAKARTA" ? "MANAGER" : who;
  const offices = role === "ADMIN" ? "all" : role === "PARTNER" ? [] : who.endsWith("_JAKARTA") ? ["jakarta"] : OFFICES;
  return { userId: who, sessionId: who, name: who, email: who, role, organisationId: who === "PARTNER" ? OWN : null, offices, readsAllOffices: role === "OFFICER" };
}

/** The sample records (agreements, meetings, projects and what hangs on them) are the regional office's; `jakarta` ones the Jakarta office's. */
const REGIONAL: RecordFacts = { officeId: "regional" };
const JAKARTA: RecordFacts = { officeId: "jakarta" };

/** Record ids the test reads from the running app before it starts asking. */
export interface Samples {
  agreement: { own: string; other: string; jakarta: string };
  /** Meetings with minutes shared with partners, under the own and the other agreement. */
  meeting: { own: string; other: string };
  project: { own: string; other: string };
  /** An action item owned by the partner, and one owned by the other organisation. */
  actionItem: { own: string; other: string };
  /** Documents shared with partners, on the own and the other agreement. */
  document: { own: string; other: string };
  organisation: string;
  user: string;
  statusReport: { project: string; id: string };
  /** A report the partner owes, and one the other organisation owes (on the own project). */
  report: { own: string; other: string };
  /** A pipeline opportunity of the regional office (with the partner, Japan's neighbour Korea: no partner sees any). */
  opportunity: string;
}

const party = (org: string): RecordFacts => ({ partyOrganisationIds: ["ilo", org] });
const shared = (org: string): RecordFacts => ({ ...party(org), sharedWithPartners: true });
const owned = (org: string): RecordFacts => ({ ...party(org), ownerOrganisationId: org });

/** What a request ends in, as a user would notice it. */
export type Outcome = "ok" | "not-found" | "sign-in" | "forbidden" | "staff-pages" | `to ${string}`;

export interface RouteCase {
  path: string;
  /** Asked with the role's personal access token (nobody: no token) instead of its session cookie. */
  token?: boolean;
  expected: (viewer: Viewer | null) => Outcome;
}

type Question = (viewer: Viewer) => boolean;
const may =
  (action: Parameters<typeof can>[1], subject: Subject, facts?: RecordFacts) =>
  (viewer: Viewer | null) =>
    can(viewer, action, subject, facts);

/** A staff page: sign in first; partners get "not found"; staff as the policy says. */
const staffPage =
  (question: Question) =>
  (path: string): RouteCase => ({
    path,
    expected: (v) => (!v ? "sign-in" : v.role === "PARTNER" ? "not-found" : question(v) ? "ok" : "not-found"),
  });

/** A portal page: sign in first; staff are sent to their own pages; partners see only their own. */
const portalPage =
  (question: Question) =>
  (path: string): RouteCase => ({
    path,
    expected: (v) => (!v ? "sign-in" : v.role !== "PARTNER" ? "staff-pages" : question(v) ? "ok" : "not-found"),
  });

/** A file or feed (route handler): 401 without a session, then "not found" unless the policy allows. */
const file =
  (question: Question) =>
  (path: string): RouteCase => ({ path, expected: (v) => (!v ? "sign-in" : question(v) ? "ok" : "not-found") });

/**
 * A JSON API list: asked with each role's token (nobody: none), 401 without one, 403 where the role
 * may not list the records at all, else the policy's scope. A session cookie is not a credential
 * there (no cross-site request can use it): 401 for everyone.
 */
const api =
  (question: Question) =>
  (path: string): RouteCase[] => [
    { path, token: true, expected: (v) => (!v ? "sign-in" : question(v) ? "ok" : "forbidden") },
    { path, expected: () => "sign-in" },
  ];

/** Signed-in users asking for the sign-in page or the root are sent to their home. */
const home = (v: Viewer): Outcome => `to ${v.role === "MANAGER" ? "/dashboard" : v.role === "PARTNER" ? "/portal" : "/home"}`;
const anyStaff: Question = (v) => v.role !== "PARTNER";
const signedIn = (v: Viewer | null) => v !== null;

/** Every route of the build (as `.next/app-path-routes-manifest.json` names it) and what to ask. */
export const ROUTES: Record<string, ((s: Samples) => RouteCase[]) | { internal: string }> = {
  "/": () => [{ path: "/", expected: (v) => (!v ? "sign-in" : home(v)) }],
  "/sign-in": () => [{ path: "/sign-in", expected: (v) => (!v ? "ok" : home(v)) }],
  // The icon and the web app manifest: for everyone, as the browser asks for them before signing in.
  "/icon.svg": () => [{ path: "/icon.svg", expected: () => "ok" }],
  "/manifest.webmanifest": () => [{ path: "/manifest.webmanifest", expected: () => "ok" }],
  // The interface's words for client components (decision 027): the sign-in page needs them too.
  "/intl/[catalogue]": () => [
    { path: "/intl/fr", expected: () => "ok" },
    { path: "/intl/not-a-language", expected: () => "not-found" },
  ],
  // Holds a session until it proves (or enrols) its second factor; an open session is sent on home.
  "/second-factor": () => [{ path: "/second-factor", expected: (v) => (!v ? "sign-in" : home(v)) }],
  // The one-time token is the credential: an unknown one gets the same page for everyone.
  "/welcome/[token]": () => [{ path: "/welcome/not-a-token", expected: () => "ok" }],
  "/api/auth/[...nextauth]": () => [{ path: "/api/auth/session", expected: () => "ok" }],
  "/feeds/[token]": () => [{ path: "/feeds/not-a-token", expected: () => "not-found" }],
  "/_global-error": { internal: "Next.js's own error page, rendered only when the root layout fails" },
  "/_not-found": { internal: "Next.js's own 404 page, served for unknown paths" },

  "/home": () => [staffPage(may("read", "Agreement"))("/home")],
  "/dashboard": () => [staffPage(may("read", "Dashboard"))("/dashboard")],
  "/action-items": () => [staffPage(may("read", "ActionItem"))("/action-items")],
  "/calendar": () => [staffPage(anyStaff)("/calendar")],
  // Every kind of record at once: what each part shows is the list's own rule (search.test.ts).
  "/search": () => [staffPage(anyStaff)("/search?q=asean")],
  // Each user's own notifications.
  "/notifications": () => [staffPage(anyStaff)("/notifications")],
  "/account": () => [staffPage(anyStaff)("/account")],
  "/audit": () => [staffPage(may("read", "AuditLog"))("/audit")],
  "/import": () => [staffPage((v) => can(v, "create", "Agreement") && can(v, "create", "Organisation"))("/import")],
  "/admin/users": () => [staffPage(may("read", "User"))("/admin/users")],
  "/admin/users/[id]": (s) => [staffPage(may("update", "User"))(`/admin/users/${s.user}`)],
  "/admin/email": () => [staffPage(may("read", "User"))("/admin/email")],
  "/admin/backup": () => [file(may("read", "Backup"))("/admin/backup")],
  "/admin/exchange-rates": () => [staffPage(may("create", "ExchangeRate"))("/admin/exchange-rates")],
  "/admin/offices": () => [staffPage(may("update", "Office"))("/admin/offices")],
  "/admin/custom-fields": () => [staffPage(may("update", "CustomField"))("/admin/custom-fields")],
  "/admin/iati": () => [staffPage(may("update", "IatiPublishing"))("/admin/iati")],
  "/admin/due-diligence": () => [staffPage(may("update", "DiligenceSetup"))("/admin/due-diligence")],

  "/agreements": () => [staffPage(may("read", "Agreement"))("/agreements")],
  "/agreements/new": () => [staffPage(may("create", "Agreement"))("/agreements/new")],
  "/agreements/board": () => [staffPage(may("read", "Agreement"))("/agreements/board"), staffPage(may("read", "Agreement"))("/agreements/board?by=dwcp_outcome")],
  "/agreements/[id]": (s) => [
    staffPage(may("read", "Agreement", REGIONAL))(`/agreements/${s.agreement.own}`),
    staffPage(may("read", "Agreement", JAKARTA))(`/agreements/${s.agreement.jakarta}`),
  ],
  "/agreements/[id]/edit": (s) => [
    staffPage(may("update", "Agreement", REGIONAL))(`/agreements/${s.agreement.own}/edit`),
    staffPage(may("update", "Agreement", JAKARTA))(`/agreements/${s.agreement.jakarta}/edit`),
  ],
  "/agreements/[id]/meetings/new": (s) => [staffPage(may("create", "Meeting", REGIONAL))(`/agreements/${s.agreement.own}/meetings/new`)],
  "/agreements/[id]/summary.pdf": (s) => [
    file(may("read", "Agreement", { ...party(OWN), ...REGIONAL }))(`/agreements/${s.agreement.own}/summary.pdf`),
    file(may("read", "Agreement", { ...party(OTHER), ...REGIONAL }))(`/agreements/${s.agreement.other}/summary.pdf`),
  ],
  "/agreements/export": () => [file(may("read", "Export"))("/agreements/export?format=csv")],
  "/agreements/funding/export": () => [file((v) => can(v, "read", "Export") && can(v, "read", "Commitment"))("/agreements/funding/export?format=csv")],

  "/meetings": () => [staffPage(may("read", "Meeting"))("/meetings")],
  "/meetings/[id]": (s) => [staffPage(may("read", "Meeting", REGIONAL))(`/meetings/${s.meeting.own}`)],
  "/meetings/[id]/edit": (s) => [staffPage(may("update", "Meeting", REGIONAL))(`/meetings/${s.meeting.own}/edit`)],
  "/meetings/export": () => [file(may("read", "Export"))("/meetings/export?format=csv")],
  "/feeds/meetings/[id]": (s) => [
    file(may("read", "Meeting", { ...party(OWN), ...REGIONAL }))(`/feeds/meetings/${s.meeting.own}`),
    file(may("read", "Meeting", { ...party(OTHER), ...REGIONAL }))(`/feeds/meetings/${s.meeting.other}`),
  ],

  "/projects": () => [staffPage(may("read", "Project"))("/projects")],
  "/projects/board": () => [staffPage(may("read", "Project"))("/projects/board")],
  "/projects/new": () => [staffPage(may("create", "Project"))("/projects/new")],
  "/projects/[id]": (s) => [staffPage(may("read", "Project", REGIONAL))(`/projects/${s.project.own}`)],
  "/projects/[id]/edit": (s) => [staffPage(may("update", "Project", REGIONAL))(`/projects/${s.project.own}/edit`)],
  "/projects/[id]/reports/[reportId]/edit": (s) => [
    staffPage(may("update", "StatusReport", REGIONAL))(`/projects/${s.statusReport.project}/reports/${s.statusReport.id}/edit`),
  ],
  "/projects/export": () => [file(may("read", "Export"))("/projects/export?format=csv")],
  "/projects/results/export": () => [file((v) => can(v, "read", "Export") && can(v, "read", "Indicator"))("/projects/results/export?format=csv")],
  "/iati/activities.xml": () => [file((v) => can(v, "read", "Export"))("/iati/activities.xml")],
  // Public by design, and only what an administrator published: the demo publishes nothing, so
  // both answer "not found" to everyone, signed in or not (tests/e2e/iati-publishing.test.ts turns it on).
  "/iati/public/activities.xml": () => [{ path: "/iati/public/activities.xml", expected: () => "not-found" }],
  "/iati/documents/[id]": (s) => [{ path: `/iati/documents/${s.document.own}`, expected: () => "not-found" }],

  // The API's description holds no records: public. Its reference page is for everyone signed in.
  "/api/v1/openapi.json": () => [{ path: "/api/v1/openapi.json", expected: () => "ok" }],
  // No endpoint: the API's JSON "not found", to anyone, with a token or without.
  "/api/v1/[...path]": () => [
    { path: "/api/v1/agreement", expected: () => "not-found" },
    { path: "/api/v1/agreements/anything/else", token: true, expected: () => "not-found" },
  ],
  "/api/docs": () => [{ path: "/api/docs", expected: (v) => (!v ? "sign-in" : "ok") }],
  // Partners read their own records through scopes; the registry of partners is staff's.
  "/api/v1/agreements": () => api(may("read", "Agreement", party(OWN)))("/api/v1/agreements?status=ACTIVE"),
  "/api/v1/partners": () => api((v) => v.role !== "PARTNER" && can(v, "read", "Organisation"))("/api/v1/partners"),
  "/api/v1/meetings": () => api(may("read", "Meeting", party(OWN)))("/api/v1/meetings"),
  "/api/v1/projects": () => api(may("read", "Project", party(OWN)))("/api/v1/projects?limit=5"),
  "/api/v1/commitments": () => api(may("read", "Commitment", owned(OWN)))("/api/v1/commitments"),
  "/api/v1/receipts": () => api(may("read", "Receipt", owned(OWN)))("/api/v1/receipts"),
  "/reports/export": () => [file((v) => can(v, "read", "Export") && can(v, "read", "PartnerReport"))("/reports/export?show=overdue&format=csv")],
  "/reports": () => [staffPage(may("read", "PartnerReport"))("/reports")],
  "/reports/[id]": (s) => [staffPage(may("read", "PartnerReport", REGIONAL))(`/reports/${s.report.own}`)],

  "/pipeline": () => [staffPage(may("read", "Opportunity"))("/pipeline"), staffPage(may("read", "Opportunity"))("/pipeline?stage=open&year=2027&currency=USD")],
  "/pipeline/board": () => [staffPage(may("read", "Opportunity"))("/pipeline/board")],
  "/pipeline/new": () => [staffPage(may("create", "Opportunity"))("/pipeline/new")],
  "/pipeline/[id]": (s) => [staffPage(may("read", "Opportunity", REGIONAL))(`/pipeline/${s.opportunity}`)],
  "/pipeline/[id]/edit": (s) => [staffPage(may("update", "Opportunity", REGIONAL))(`/pipeline/${s.opportunity}/edit`)],
  "/pipeline/export": () => [file((v) => can(v, "read", "Export") && can(v, "read", "Opportunity") && v?.role !== "PARTNER")("/pipeline/export?format=csv")],
  "/admin/pipeline": () => [staffPage(may("update", "PipelineSetup"))("/admin/pipeline")],
  "/partners": () => [staffPage(may("read", "Organisation"))("/partners")],
  "/partners/new": () => [staffPage(may("create", "Organisation"))("/partners/new")],
  "/partners/[id]": (s) => [staffPage(may("read", "Organisation"))(`/partners/${s.organisation}`)],
  "/partners/[id]/edit": (s) => [staffPage(may("update", "Organisation"))(`/partners/${s.organisation}/edit`)],
  "/partners/export": () => [file(may("read", "Export"))("/partners/export?format=csv")],

  "/documents/[id]": (s) => [
    file(may("read", "Document", { ...shared(OWN), ...REGIONAL }))(`/documents/${s.document.own}`),
    file(may("read", "Document", { ...shared(OTHER), ...REGIONAL }))(`/documents/${s.document.other}`),
    // Shown in the browser (a PDF at a page) rather than downloaded: the same rule.
    file(may("read", "Document", { ...shared(OTHER), ...REGIONAL }))(`/documents/${s.document.other}?view=1`),
  ],

  "/portal": () => [portalPage(signedIn)("/portal")],
  // The portal's home is its list of agreements.
  "/portal/agreements": () => [{ path: "/portal/agreements", expected: (v) => (!v ? "sign-in" : v.role !== "PARTNER" ? "staff-pages" : "to /portal") }],
  "/portal/calendar": () => [portalPage(signedIn)("/portal/calendar")],
  // The words inside the partner's own documents (what it finds is the document scope's: document-text.test.ts).
  "/portal/search": () => [portalPage(signedIn)("/portal/search?q=labour")],
  "/portal/reports": () => [portalPage(signedIn)("/portal/reports")],
  "/portal/account": () => [portalPage(signedIn)("/portal/account")],
  // Each partner user's own notifications.
  "/portal/notifications": () => [portalPage(signedIn)("/portal/notifications")],
  "/portal/agreements/[id]": (s) => [
    portalPage(may("read", "Agreement", party(OWN)))(`/portal/agreements/${s.agreement.own}`),
    portalPage(may("read", "Agreement", party(OTHER)))(`/portal/agreements/${s.agreement.other}`),
  ],
  "/portal/meetings/[id]": (s) => [
    portalPage(may("read", "Meeting", party(OWN)))(`/portal/meetings/${s.meeting.own}`),
    portalPage(may("read", "Meeting", party(OTHER)))(`/portal/meetings/${s.meeting.other}`),
  ],
  "/portal/reports/[id]": (s) => [
    portalPage(may("read", "PartnerReport", owned(OWN)))(`/portal/reports/${s.report.own}`),
    portalPage(may("read", "PartnerReport", owned(OTHER)))(`/portal/reports/${s.report.other}`),
  ],
  "/portal/projects/[id]": (s) => [
    portalPage(may("read", "Project", party(OWN)))(`/portal/projects/${s.project.own}`),
    portalPage(may("read", "Project", party(OTHER)))(`/portal/projects/${s.project.other}`),
  ],
};

/**
 * A Server Action call. The forms are chosen so that nothing is written when the action lets the
 * caller through (empty fields, a stale version, a file of the wrong kind): what is checked is
 * whether the policy let the caller reach the action's own checks.
 */
export interface ActionCase {
  /** The page whose form calls it. */
  page: string;
  fields: Record<string, string | File>;
  /** May this viewer (null: nobody signed in) get past the policy? */
  allowed: (viewer: Viewer | null) => boolean;
}

const STALE = "999999";
/** Archiving `id` (a sample record: its office's facts; no such record: the kind's). */
const archive = (subject: Subject, page: string, id: string, facts?: RecordFacts): ActionCase => ({
  page,
  fields: { id, version: STALE, archived: "true" },
  allowed: may("archive", subject, facts),
});
const wrongFile = () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "report.pdf", { type: "application/pdf" });
const wrongColumns = () => new File(["colour,size\nred,1\n"], "agreements.csv", { type: "text/csv" });

/** Every Server Action of the build (by exported name) and the calls to make. */
export const ACTIONS: Record<string, (s: Samples) => ActionCase[]> = {
  saveAgreementAction: () => [{ page: "/agreements/new", fields: {}, allowed: may("create", "Agreement") }],
  archiveAgreementAction: (s) => [archive("Agreement", `/agreements/${s.agreement.own}`, s.agreement.own, REGIONAL)],
  saveMeetingAction: (s) => [{ page: `/agreements/${s.agreement.own}/meetings/new`, fields: { agreementId: s.agreement.own }, allowed: may("create", "Meeting", REGIONAL) }],
  archiveMeetingAction: (s) => [archive("Meeting", `/meetings/${s.meeting.own}`, s.meeting.own, REGIONAL)],
  savePartnerAction: () => [{ page: "/partners/new", fields: {}, allowed: may("create", "Organisation") }],
  archivePartnerAction: (s) => [archive("Organisation", `/partners/${s.organisation}`, s.organisation)],
  saveProjectAction: () => [{ page: "/projects/new", fields: {}, allowed: may("create", "Project") }],
  // A card moved at a stale version: an allowed call is refused by the version guard and writes nothing.
  moveAgreementAction: (s) => [{ page: "/agreements/board", fields: { id: s.agreement.own, version: STALE, by: "status", to: "EXPIRED" }, allowed: may("update", "Agreement", REGIONAL) }],
  moveProjectAction: (s) => [{ page: "/projects/board", fields: { id: s.project.own, version: STALE, by: "status", to: "CLOSED" }, allowed: may("update", "Project", REGIONAL) }],
  archiveProjectAction: (s) => [archive("Project", `/projects/${s.project.own}`, s.project.own, REGIONAL)],
  saveStatusReportAction: (s): ActionCase[] => [
    { page: `/projects/${s.project.own}`, fields: { projectId: s.project.own }, allowed: may("create", "StatusReport", REGIONAL) },
    { page: `/projects/${s.statusReport.project}/reports/${s.statusReport.id}/edit`, fields: { reportId: s.statusReport.id, version: STALE }, allowed: may("update", "StatusReport", REGIONAL) },
  ],
  archiveStatusReportAction: (s) => [archive("StatusReport", `/projects/${s.statusReport.project}`, s.statusReport.id, REGIONAL)],
  // Empty choices: refused by the schema, so an allowed call writes nothing.
  saveCommitmentAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { agreementId: s.agreement.own, organisationId: "" }, allowed: may("create", "Commitment", REGIONAL) }],
  saveInstalmentAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { commitmentId: "" }, allowed: may("create", "Instalment") }],
  saveReceiptAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { instalmentId: "" }, allowed: may("create", "Receipt") }],
  // No such row: an allowed call is told so, and nothing is written.
  archiveCommitmentAction: (s) => [archive("Commitment", `/agreements/${s.agreement.own}`, "no-such-commitment")],
  archiveInstalmentAction: (s) => [archive("Instalment", `/agreements/${s.agreement.own}`, "no-such-instalment")],
  archiveReceiptAction: (s) => [archive("Receipt", `/agreements/${s.agreement.own}`, "no-such-receipt")],
  // A stale version: an allowed call is told the agreement changed since, and nothing is written.
  saveAmendmentAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { agreementId: s.agreement.own, version: STALE }, allowed: may("create", "Amendment", REGIONAL) }],
  submitForClearanceAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { id: s.agreement.own, version: STALE }, allowed: may("create", "Clearance", REGIONAL) }],
  decideClearanceAction: (s) => [
    { page: `/agreements/${s.agreement.own}`, fields: { id: s.agreement.own, version: STALE, decision: "clear", comment: "" }, allowed: may("update", "Clearance", REGIONAL) },
  ],
  // No change, or no such record (or sector): an allowed call writes nothing.
  setPublicFileAction: () => [{ page: "/admin/iati", fields: { on: "false" }, allowed: may("update", "IatiPublishing") }],
  setAgreementPublishableAction: () => [{ page: "/admin/iati", fields: { id: "no-such-agreement", on: "true" }, allowed: may("update", "IatiPublishing") }],
  setDocumentPublicAction: () => [{ page: "/admin/iati", fields: { id: "no-such-document", on: "true" }, allowed: may("update", "IatiPublishing") }],
  setThemeSectorAction: () => [{ page: "/admin/iati", fields: { id: "no-such-theme", sector: "99999" }, allowed: may("update", "IatiPublishing") }],
  // Due diligence: empty fields, no such row, or a file that is not the list: an allowed call writes nothing.
  recordAssessmentAction: (s) => [{ page: `/partners/${s.organisation}`, fields: { organisationId: s.organisation, findings: "" }, allowed: may("create", "DueDiligence") }],
  approveAssessmentAction: (s) => [{ page: `/partners/${s.organisation}`, fields: { id: "no-such-assessment", version: STALE, organisationId: s.organisation }, allowed: may("update", "DueDiligence") }],
  decideMatchAction: (s) => [
    { page: `/partners/${s.organisation}`, fields: { id: "no-such-match", version: STALE, organisationId: s.organisation, state: "FALSE_MATCH", note: "checked" }, allowed: may("update", "SanctionsMatch") },
  ],
  addSourceAction: () => [{ page: "/admin/due-diligence", fields: { label: "" }, allowed: may("update", "DiligenceSetup") }],
  removeSourceAction: () => [{ page: "/admin/due-diligence", fields: { id: "no-such-source" }, allowed: may("update", "DiligenceSetup") }],
  setValidityAction: () => [{ page: "/admin/due-diligence", fields: { years: "0" }, allowed: may("update", "DiligenceSetup") }],
  importSanctionsAction: () => [{ page: "/admin/due-diligence", fields: { file: wrongColumns() }, allowed: may("update", "DiligenceSetup") }],
  // No such office, and an empty name: an allowed call writes nothing.
  // No change (the default already): an allowed call writes nothing.
  setOfficersReadAllAction: () => [{ page: "/admin/offices", fields: { on: "true" }, allowed: may("update", "Office") }],
  saveOfficeAction: () => [{ page: "/admin/offices", fields: { id: "no-such-office", version: STALE, name: "", parentId: "" }, allowed: may("update", "Office") }],
  // No such field, and an empty label: an allowed call writes nothing.
  saveCustomFieldAction: () => [{ page: "/admin/custom-fields", fields: { id: "no-such-field", version: STALE, label: "", type: "TEXT" }, allowed: may("update", "CustomField") }],
  // Saved views: an empty name, or no such view (the person's own only): an allowed call writes nothing.
  saveViewAction: () => [{ page: "/agreements", fields: { list: "agreements", name: "", query: "" }, allowed: (v) => v?.role !== "PARTNER" && may("create", "SavedView")(v) }],
  changeViewAction: () => [{ page: "/agreements", fields: { list: "agreements", id: "no-such-view", version: STALE, name: "x" }, allowed: (v) => v?.role !== "PARTNER" && may("create", "SavedView")(v) }],
  deleteViewAction: () => [{ page: "/agreements", fields: { list: "agreements", id: "no-such-view" }, allowed: (v) => v?.role !== "PARTNER" && may("create", "SavedView")(v) }],
  setDefaultViewAction: () => [{ page: "/agreements", fields: { list: "agreements", id: "no-such-view" }, allowed: (v) => v?.role !== "PARTNER" && may("create", "SavedView")(v) }],
  saveOpportunityAction: () => [{ page: "/pipeline/new", fields: {}, allowed: may("create", "Opportunity") }],
  archiveOpportunityAction: (s) => [archive("Opportunity", `/pipeline/${s.opportunity}`, s.opportunity, REGIONAL)],
  moveOpportunityAction: (s) => [{ page: "/pipeline/board", fields: { id: s.opportunity, version: STALE, to: "NEGOTIATION" }, allowed: may("update", "Opportunity", REGIONAL) }],
  // The demo's Korea opportunity is in negotiation: "only a won one" for those allowed, a refusal of the policy for the others.
  convertOpportunityAction: (s) => [{ page: `/pipeline/${s.opportunity}`, fields: { id: s.opportunity, version: STALE, reference: "X" }, allowed: (v) => can(v, "create", "Agreement", REGIONAL) && can(v, "update", "Opportunity", REGIONAL) }],
  setStageProbabilitiesAction: () => [{ page: "/admin/pipeline", fields: { IDEA: "101" }, allowed: may("update", "PipelineSetup") }],
  saveExchangeRateAction: () => [{ page: "/admin/exchange-rates", fields: {}, allowed: may("create", "ExchangeRate") }],
  changeExchangeRateAction: () => [{ page: "/admin/exchange-rates", fields: { id: "no-such-rate", version: STALE, usdPerUnit: "1" }, allowed: may("update", "ExchangeRate") }],
  uploadDocumentAction: (s) => [
    { page: `/agreements/${s.agreement.own}`, fields: { parentType: "agreement", parentId: s.agreement.own, file: wrongFile() }, allowed: may("create", "Document", REGIONAL) },
  ],
  archiveDocumentAction: (s) => [archive("Document", `/agreements/${s.agreement.own}`, s.document.own, REGIONAL)],
  // A wrong file: those allowed are refused for it (nothing changes), the others denied before it is looked at.
  replaceDocumentAction: (s) => [{ page: `/agreements/${s.agreement.own}`, fields: { id: s.document.own, version: STALE, file: wrongFile() }, allowed: may("update", "Document", REGIONAL) }],
  importAction: () => [
    { page: "/import", fields: { kind: "agreements", file: wrongColumns() }, allowed: (v) => can(v, "create", "Agreement") },
    { page: "/import", fields: { kind: "organisations", file: wrongColumns() }, allowed: (v) => can(v, "create", "Organisation") },
  ],

  inviteUserAction: () => [{ page: "/admin/users", fields: {}, allowed: may("create", "User") }],
  updateUserAction: (s) => [{ page: `/admin/users/${s.user}`, fields: { id: s.user, version: STALE }, allowed: may("update", "User") }],
  setUserActiveAction: (s) => [{ page: `/admin/users/${s.user}`, fields: { id: s.user, version: STALE, active: "true" }, allowed: may("update", "User") }],
  sendPasswordResetAction: () => [{ page: "/admin/users", fields: { id: "no-such-user" }, allowed: may("update", "User") }],
  retryEmailAction: () => [{ page: "/admin/email", fields: { id: "no-such-message" }, allowed: may("update", "User") }],
  // The one-time token is the credential: an unknown one is refused alike for everyone, signed in or not.
  setPasswordAction: () => [{ page: "/welcome/not-a-token", fields: { token: "not-a-token", password: "", confirm: "" }, allowed: () => true }],
  // Each signed-in user's own password, notifications and calendar feed.
  changePasswordAction: () => [{ page: "/account", fields: { current: "", password: "", confirm: "" }, allowed: signedIn }],
  endSessionAction: () => [{ page: "/account", fields: { id: "no-such-session" }, allowed: signedIn }],
  markReadAction: () => [{ page: "/notifications", fields: { id: "no-such-notification" }, allowed: signedIn }],
  feedAction: () => [{ page: "/calendar", fields: { op: "revoke" }, allowed: signedIn }],
  // The interface's language: one's own account's (a language no one speaks, refused as such, not
  // saved), and this browser's, which anyone at the sign-in page may choose.
  saveLanguageAction: () => [{ page: "/account", fields: { locale: "not-a-language" }, allowed: signedIn }],
  chooseLanguageAction: () => [{ page: "/sign-in", fields: { locale: "not-a-language" }, allowed: () => true }],
  // Second factors: each signed-in user's own (a wrong or empty code, no such passkey, no change, an
  // unreadable passkey answer: nothing is written, but for a set-up started and the administrator's
  // recovery codes renewed). A passkey sign-in's challenge is for anyone: it is how signing in starts.
  proveCodeAction: () => [{ page: "/second-factor", fields: { code: "" }, allowed: signedIn }],
  verifyChallengeAction: () => [{ page: "/second-factor", fields: {}, allowed: signedIn }],
  registerChallengeAction: () => [{ page: "/account", fields: {}, allowed: signedIn }],
  provePasskeyAction: () => [{ page: "/second-factor", fields: {}, allowed: signedIn }],
  passwordlessChallengeAction: () => [{ page: "/sign-in", fields: {}, allowed: () => true }],
  startAppEnrolmentAction: () => [{ page: "/account", fields: {}, allowed: signedIn }],
  confirmAppEnrolmentAction: () => [{ page: "/account", fields: { code: "" }, allowed: signedIn }],
  registerPasskeyAction: () => [{ page: "/account", fields: {}, allowed: signedIn }],
  removeAppAction: () => [{ page: "/account", fields: { password: "", code: "" }, allowed: signedIn }],
  regenerateRecoveryCodesAction: () => [{ page: "/account", fields: {}, allowed: signedIn }],
  removePasskeyAction: () => [{ page: "/account", fields: { id: "no-such-passkey" }, allowed: signedIn }],
  setPasswordlessAction: () => [{ page: "/account", fields: { on: "false" }, allowed: signedIn }],
  requireForOfficersAction: () => [{ page: "/admin/users", fields: { on: "false" }, allowed: may("update", "User") }],
  resetSecondFactorsAction: () => [{ page: "/admin/users", fields: { id: "no-such-user" }, allowed: may("update", "User") }],
  // Each user's own API tokens: no name is refused by the schema; no such token is refused as "not yours".
  createApiTokenAction: () => [{ page: "/account", fields: { name: "", days: "30" }, allowed: may("create", "ApiToken") }],
  revokeApiTokenAction: () => [{ page: "/account", fields: { id: "no-such-token" }, allowed: may("archive", "ApiToken") }],

  acknowledgeMinutesAction: (s) => [
    { page: `/portal/meetings/${s.meeting.own}`, fields: { meetingId: s.meeting.own }, allowed: (v) => can(v, "read", "Meeting", shared(OWN)) && can(v, "create", "Acknowledgement", shared(OWN)) },
    { page: `/portal/meetings/${s.meeting.other}`, fields: { meetingId: s.meeting.other }, allowed: (v) => can(v, "read", "Meeting", shared(OTHER)) && can(v, "create", "Acknowledgement", shared(OTHER)) },
  ],
  actionItemProgressAction: (s) => [
    // A stale version: an allowed partner is told the item changed since; staff may only reopen, so "DONE" is refused as input.
    { page: `/portal/meetings/${s.meeting.own}`, fields: { id: s.actionItem.own, version: STALE, status: "DONE", note: "" }, allowed: (v) => can(v, "read", "ActionItem", { ...owned(OWN), ...REGIONAL }) && can(v, "update", "ActionItem", { ...owned(OWN), ...REGIONAL }) },
    { page: `/portal/meetings/${s.meeting.other}`, fields: { id: s.actionItem.other, version: STALE, status: "DONE", note: "" }, allowed: (v) => can(v, "read", "ActionItem", { ...owned(OTHER), ...REGIONAL }) && can(v, "update", "ActionItem", { ...owned(OTHER), ...REGIONAL }) },
  ],
  // Empty fields or no such row: an allowed call is refused by the schema, and nothing is written.
  saveResultAction: (s) => [{ page: `/projects/${s.project.own}`, fields: { projectId: s.project.own, resultTitle: "" }, allowed: may("create", "Result", REGIONAL) }],
  saveIndicatorAction: (s) => [{ page: `/projects/${s.project.own}`, fields: { resultId: "" }, allowed: may("create", "Indicator") }],
  savePeriodAction: (s) => [{ page: `/projects/${s.project.own}`, fields: { indicatorId: "" }, allowed: may("update", "Indicator") }],
  archiveResultAction: (s) => [archive("Result", `/projects/${s.project.own}`, "no-such-result")],
  archiveIndicatorAction: (s) => [archive("Indicator", `/projects/${s.project.own}`, "no-such-indicator")],
  saveRequirementAction: (s) => [{ page: `/projects/${s.project.own}`, fields: { projectId: s.project.own, organisationId: "" }, allowed: may("create", "ReportingRequirement", REGIONAL) }],
  archiveRequirementAction: (s) => [archive("ReportingRequirement", `/projects/${s.project.own}`, "no-such-requirement")],
  // No narrative: an allowed submission is refused by the schema; a decision at a stale version is a conflict.
  submitReportAction: (s) => [
    { page: `/portal/reports/${s.report.own}`, fields: { id: s.report.own, version: STALE, kind: "FINAL", narrative: "" }, allowed: (v) => can(v, "read", "PartnerReport", { ...owned(OWN), ...REGIONAL }) && can(v, "create", "PartnerReport", { ...owned(OWN), ...REGIONAL }) },
    { page: `/portal/reports/${s.report.other}`, fields: { id: s.report.other, version: STALE, kind: "FINANCIAL", narrative: "" }, allowed: (v) => can(v, "read", "PartnerReport", { ...owned(OTHER), ...REGIONAL }) && can(v, "create", "PartnerReport", { ...owned(OTHER), ...REGIONAL }) },
  ],
  decideReportAction: (s) => [{ page: `/reports/${s.report.other}`, fields: { id: s.report.other, version: STALE, decision: "accept", comment: "" }, allowed: may("update", "PartnerReport", REGIONAL) }],
  commentAction: (s) => [
    { page: `/portal/meetings/${s.meeting.own}`, fields: { actionItemId: s.actionItem.own, body: "" }, allowed: (v) => can(v, "read", "ActionItem", { ...owned(OWN), ...REGIONAL }) && can(v, "create", "Comment", { ...owned(OWN), ...REGIONAL }) },
    { page: `/portal/meetings/${s.meeting.other}`, fields: { actionItemId: s.actionItem.other, body: "" }, allowed: (v) => can(v, "read", "ActionItem", { ...owned(OTHER), ...REGIONAL }) && can(v, "create", "Comment", { ...owned(OTHER), ...REGIONAL }) },
  ],
};
