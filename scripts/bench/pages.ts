// The pages the benchmarks measure (path, who asks, and the data functions the page calls), and
// their SQL captured through the app's data layer: shared by run.ts and embedded-transport.ts.
import { findAgreement, agreementFilterOptions, exportAgreements, listAgreements } from "../../lib/agreements/queries";
import { parseAgreementFilters } from "../../lib/agreements/filters";
import { startSession, viewerForSession } from "../../lib/auth/sessions";
import { agreementActivity } from "../../lib/audit/queries";
import { dashboard } from "../../lib/dashboard/queries";
import { documentsOf } from "../../lib/documents/queries";
import { db } from "../../lib/db";
import { unreadCount } from "../../lib/notifications/notifications";
import type { Viewer } from "../../lib/policy";
import { COUNT_UP_TO, searchEverything } from "../../lib/search/everything";
import { searchDocuments } from "../../lib/search/documents";
import { themeChoices } from "../../lib/themes/queries";
import { today } from "../../lib/domain/format";
import { pipelineBoard } from "../../lib/pipeline/board";
import { listOpportunities } from "../../lib/pipeline/queries";
import { captureSql, settle, type Capture } from "./sql";
import { BENCH_PARTNER } from "./target";

export const OFFICER = "officer@example.org";
const MANAGER = "manager@example.org";
const AGREEMENT = "ba1234";
const EXPORT_QUERY = "expiresTo=2024-12-31"; // about 5,000 rows at scale 1

export interface PageSpec {
  name: string;
  as: string;
  path: string;
  /** The page's data, through the same functions the page calls (with the session check). */
  data?: (viewer: Viewer) => Promise<unknown>;
  /** Asked by one person at a time only (an export: twenty at once only time each other out). */
  alone?: boolean;
}

const staff = async (viewer: Viewer) => Promise.all([viewerForSession(viewer.sessionId), unreadCount(viewer)]);
const list = (query: string) => async (viewer: Viewer) => {
  await staff(viewer);
  await Promise.all([agreementFilterOptions(viewer), listAgreements(viewer, parseAgreementFilters(new URLSearchParams(query)))]);
};

export const PAGES: PageSpec[] = [
  { name: "agreements list", as: OFFICER, path: "/agreements", data: list("") },
  { name: "agreements list, 3 filters", as: OFFICER, path: "/agreements?status=ACTIVE&instrument=MOU&country=TH", data: list("status=ACTIVE&instrument=MOU&country=TH") },
  { name: "agreements search", as: OFFICER, path: "/agreements?q=labour%20migration", data: list("q=labour migration") },
  // A sub-regional office and the four below it: a fifth of the portfolio (scripts/bench/portfolio.ts).
  { name: "agreements of an office's subtree", as: OFFICER, path: "/agreements?office=bf1", data: list("office=bf1") },
  // One of a list and a date range on custom fields (decision 022): about a twentieth of the portfolio.
  { name: "agreements by custom fields", as: OFFICER, path: "/agreements?cf.dwcp_outcome=la_1_2&cf.legal_review_cleared.from=2020-01-01", data: list("cf.dwcp_outcome=la_1_2&cf.legal_review_cleared.from=2020-01-01") },
  {
    name: "search, every kind of record",
    as: OFFICER,
    path: "/search?q=labour%20migration",
    data: async (v) => Promise.all([staff(v), searchEverything(v, "labour migration")]),
  },
  // Inside the 200,000 pages of text (decision 024): a phrase in quotes with the other kinds, and a
  // partner's search of their own documents.
  {
    name: "search with a phrase inside documents",
    as: OFFICER,
    path: "/search?q=%22labour%20inspection%20training%22%20ministry",
    data: async (v) => Promise.all([staff(v), searchEverything(v, '"labour inspection training" ministry')]),
  },
  {
    name: "partner's document search",
    as: BENCH_PARTNER,
    path: "/portal/search?q=occupational%20safety",
    data: async (v) => Promise.all([viewerForSession(v.sessionId), searchDocuments(v, "occupational safety", 20, COUNT_UP_TO)]),
  },
  {
    name: "agreement page",
    as: OFFICER,
    path: `/agreements/${AGREEMENT}`,
    data: async (v) => {
      await staff(v);
      await Promise.all([findAgreement(v, AGREEMENT), agreementActivity(AGREEMENT), documentsOf(v, { agreementId: AGREEMENT })]);
    },
  },
  { name: "dashboard", as: MANAGER, path: "/dashboard", data: async (v) => Promise.all([staff(v), dashboard(v, {}), themeChoices()]) },
  // The pipeline (decision 023) at 5,000 opportunities: the open ones by decision date, and the board.
  { name: "pipeline list", as: OFFICER, path: "/pipeline?stage=open", data: async (v) => Promise.all([staff(v), listOpportunities(v, { stage: "open" }, today())]) },
  { name: "pipeline board", as: OFFICER, path: "/pipeline/board", data: async (v) => Promise.all([staff(v), pipelineBoard(v, {}, today())]) },
  { name: "partner portal", as: BENCH_PARTNER, path: "/portal", data: async (v) => Promise.all([viewerForSession(v.sessionId), listAgreements(v, {})]) },
  {
    name: "export 5,000 rows (CSV)",
    as: OFFICER,
    path: `/agreements/export?${EXPORT_QUERY}&format=csv`,
    alone: true,
    data: async (v) => {
      await viewerForSession(v.sessionId);
      for await (const row of (await exportAgreements(v, parseAgreementFilters(new URLSearchParams(EXPORT_QUERY))))!) void row;
    },
  },
  // Every agreement at scale 1: memory should stay where the 5,000-row export left it (streamed).
  { name: "export 20,000 rows (CSV)", as: OFFICER, path: "/agreements/export?format=csv", alone: true },
];

async function viewerFor(email: string): Promise<Viewer> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const sessionId = await startSession(user.id, { ipAddress: null, userAgent: "bench" });
  return { userId: user.id, sessionId, name: user.name, email, role: user.role, organisationId: user.organisationId };
}

/**
 * Each page's SQL, captured through the app's own data layer on the database at `url` before the
 * app opens it (pages without `data` have none).
 */
export async function capturePages(url: string): Promise<Map<string, Capture>> {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_MAX = "1";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const viewers = new Map<string, Viewer>();
  for (const email of new Set(PAGES.map((p) => p.as))) viewers.set(email, await viewerFor(email));
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
  (globalThis as { prisma?: unknown }).prisma = undefined;
  await settle();
  const captured = new Map<string, Capture>();
  for (const page of PAGES) if (page.data) captured.set(page.name, await captureSql(url, () => page.data!(viewers.get(page.as)!)));
  return captured;
}
