// API version 1, as a program using it would see it: every endpoint's answers for every role
// checked against the OpenAPI document (itself validated by a maintained OpenAPI parser), a partner's
// token kept to its own organisation's records, and tokens, parameters and cursors that are wrong
// answered with a 4xx and the documented error shape, never a 500.
import { compileErrors, validate } from "@readme/openapi-parser";
import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { listRoute } from "@/lib/api/endpoint";
import { API_BASE, ENDPOINTS } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { authenticateToken, createApiToken, revokeApiToken } from "@/lib/api/tokens";
import { db } from "@/lib/db";
import type { Role } from "@/lib/policy";
import { seedDemoData } from "@/prisma/seed/seed";
import { viewerOf } from "../support/factories";
import { english } from "../support/english";

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("date-time", (v: string) => !Number.isNaN(Date.parse(v)));
ajv.addSchema({ ...doc, $id: "openapi" });

/** Checks a body against the document's schema for this path and status. */
function conforms(path: string, status: number, body: unknown) {
  const pointer = `openapi#/paths/${path.replaceAll("/", "~1")}/get/responses/${status}/content/application~1json/schema`;
  const check = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
  const ok = check(body);
  expect(ok, `${path} ${status}: ${ajv.errorsText(check.errors)}`).toBe(true);
}

const tokens = {} as Record<Role, string>;
let partnerOrg: string;

async function get(path: string, token: string | null = tokens.ADMIN, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost${API_BASE}${path}`);
  const e = ENDPOINTS.find((x) => url.pathname === `${API_BASE}${x.path}`)!;
  const response = await listRoute(e)(new Request(url, { headers: { ...(token && { authorization: `Bearer ${token}` }), ...headers } }));
  const body = response.status === 304 ? null : await response.json();
  return { status: response.status, body, headers: response.headers, path: url.pathname };
}

/** Every item of a list, following the cursor, checking each page against the document. */
async function all(path: string, token: string) {
  const items: { id: string }[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const page = await get(`${path}${separator}limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, token);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    conforms(page.path, 200, page.body);
    items.push(...page.body.data);
    cursor = page.body.next_cursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  for (const [role, email] of [["ADMIN", "admin@example.org"], ["OFFICER", "officer@example.org"], ["MANAGER", "manager@example.org"], ["PARTNER", "japan@example.org"]] as const) {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    const created = await createApiToken(viewerOf(user), { name: `${role} test`, days: "30" });
    if (!created.ok) throw new Error(english(created.message));
    tokens[role] = created.token;
    if (role === "PARTNER") partnerOrg = user.organisationId!;
  }
}, 120_000);

it("publishes a valid OpenAPI 3.1 document covering every endpoint", async () => {
  const result = await validate(structuredClone(doc) as never);
  expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual(ENDPOINTS.map((e) => `${API_BASE}${e.path}`).sort());
});

describe("every endpoint answers every role as documented", () => {
  for (const e of ENDPOINTS) {
    for (const role of ["ADMIN", "OFFICER", "MANAGER", "PARTNER"] as const) {
      it(`${role} ${e.path}`, async () => {
        if (role === "PARTNER" && e.path === "/partners") {
          const refused = await get(e.path, tokens.PARTNER);
          expect(refused.status).toBe(403);
          conforms(refused.path, 403, refused.body);
          return;
        }
        const items = await all(e.path, tokens[role]);
        if (role !== "PARTNER") expect(items.length).toBeGreaterThan(0);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length); // no item twice across pages
      });
    }
  }
});

it("pages through exactly the records staff can see", async () => {
  const listed = await all("/agreements", tokens.MANAGER);
  expect(listed.length).toBe(await db().agreement.count({ where: { archived: false } }));
  expect((await all("/receipts", tokens.MANAGER)).length).toBe(await db().receipt.count({ where: { archived: false, instalment: { archived: false, commitment: { archived: false } } } }));
});

describe("a partner's token", () => {
  it("sees only its own organisation's agreements, money and action items", async () => {
    const agreements = (await all("/agreements", tokens.PARTNER)) as unknown as { parties: { organisation_id: string }[] }[];
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((a) => a.parties.some((p) => p.organisation_id === partnerOrg))).toBe(true);
    const own = await db().agreement.count({ where: { archived: false, parties: { some: { organisationId: partnerOrg } } } });
    expect(agreements.length).toBe(own);

    const commitments = (await all("/commitments", tokens.PARTNER)) as unknown as { organisation: { id: string } }[];
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.every((c) => c.organisation.id === partnerOrg)).toBe(true);
    const receipts = (await all("/receipts", tokens.PARTNER)) as unknown as { organisation_id: string }[];
    expect(receipts.every((r) => r.organisation_id === partnerOrg)).toBe(true);

    const meetings = (await all("/meetings", tokens.PARTNER)) as unknown as { agreement: { id: string }; minutes_shared: boolean; minutes: string | null; action_items: { owner_organisation_id: string | null }[] }[];
    const ownIds = new Set(agreements.map((a) => (a as unknown as { id: string }).id));
    expect(meetings.every((m) => ownIds.has(m.agreement.id))).toBe(true);
    expect(meetings.every((m) => m.minutes_shared || m.minutes === null)).toBe(true);
    expect(meetings.flatMap((m) => m.action_items).every((i) => i.owner_organisation_id === partnerOrg)).toBe(true);
  });

  it("cannot reach another organisation's records by filtering for them", async () => {
    const other = await db().commitment.findFirstOrThrow({ where: { archived: false, organisationId: { not: partnerOrg } } });
    const asked = await get(`/commitments?agreement=${other.agreementId}&partner=${other.organisationId}`, tokens.PARTNER);
    expect(asked.status).toBe(200);
    expect(asked.body.data).toEqual([]);
    const foreign = await db().agreement.findFirstOrThrow({ where: { archived: false, parties: { none: { organisationId: partnerOrg } } } });
    const search = await get(`/agreements?q=${encodeURIComponent(foreign.reference)}`, tokens.PARTNER);
    expect(search.body.data).toEqual([]);
    expect((await get(`/agreements?q=${encodeURIComponent(foreign.reference)}`, tokens.MANAGER)).body.data.map((a: { id: string }) => a.id)).toContain(foreign.id);
  });
});

describe("filters are the list pages'", () => {
  it("filters agreements by status and search words, meetings and receipts by date", async () => {
    const active = (await all("/agreements?status=ACTIVE", tokens.OFFICER)) as unknown as { status: string }[];
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((a) => a.status === "ACTIVE")).toBe(true);
    const meetings = (await all("/meetings?from=2025-01-01&to=2025-12-31", tokens.OFFICER)) as unknown as { held_on: string }[];
    expect(meetings.every((m) => m.held_on >= "2025-01-01" && m.held_on <= "2025-12-31")).toBe(true);
    const receipts = (await all("/receipts?from=2024-01-01", tokens.OFFICER)) as unknown as { received_on: string }[];
    expect(receipts.every((r) => r.received_on >= "2024-01-01")).toBe(true);
    const projects = (await all("/projects?lifecycle=ACTIVE", tokens.OFFICER)) as unknown as { lifecycle: string }[];
    expect(projects.every((p) => p.lifecycle === "ACTIVE")).toBe(true);
  });
});

describe("wrong tokens, parameters and cursors get a 4xx and the error shape", () => {
  const refusals: [string, string | null, number, string][] = [
    ["/agreements", null, 401, "unauthenticated"],
    ["/agreements", "prt_not-a-real-token", 401, "invalid_token"],
    ["/agreements?colour=blue", "ADMIN", 400, "unknown_parameter"],
    ["/agreements?status=SIGNED", "ADMIN", 400, "invalid_parameter"],
    ["/meetings?to=2026-13-01", "ADMIN", 400, "invalid_parameter"],
    ["/receipts?from=2026-02-30", "ADMIN", 400, "invalid_parameter"],
    ["/projects?limit=0", "ADMIN", 400, "invalid_parameter"],
    ["/projects?limit=201", "ADMIN", 400, "invalid_parameter"],
    ["/projects?limit=ten", "ADMIN", 400, "invalid_parameter"],
    ["/partners?kind=GOVERNMENT&kind=NGO", "ADMIN", 400, "invalid_parameter"],
    ["/commitments?cursor=abc", "ADMIN", 400, "invalid_cursor"],
    ["/commitments?cursor=c1.%27%3B--", "ADMIN", 400, "invalid_cursor"],
    ["/receipts?agreement=%27%20OR%201%3D1", "ADMIN", 400, "invalid_parameter"],
  ];
  for (const [path, token, status, code] of refusals) {
    it(`${path} → ${status} ${code}`, async () => {
      const answer = await get(path, token === null ? null : (tokens[token as Role] ?? token));
      expect(answer.status).toBe(status);
      expect(answer.body.error.code).toBe(code);
      expect(answer.body.error.message.length).toBeGreaterThan(10);
      conforms(answer.path, status, answer.body);
    });
  }

  it("refuses an expired token and a revoked one, and a deactivated user's", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { email: "officer2@example.org" } });
    const viewer = viewerOf(user);
    const expired = await createApiToken(viewer, { name: "old", days: "30" }, new Date(Date.now() - 31 * 86_400_000));
    const revoked = await createApiToken(viewer, { name: "revoked", days: "30" });
    if (!expired.ok || !revoked.ok) throw new Error("token not created");
    expect((await revokeApiToken(viewer, revoked.id)).ok).toBe(true);
    expect((await get("/agreements", expired.token)).body.error.code).toBe("expired_token");
    expect((await get("/agreements", revoked.token)).body.error.code).toBe("revoked_token");
    // Someone else cannot revoke your token.
    const manager = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
    const mine = await createApiToken(viewer, { name: "mine", days: "90" });
    if (!mine.ok) throw new Error("token not created");
    expect((await revokeApiToken(manager, mine.id)).ok).toBe(false);
    expect((await get("/agreements", mine.token)).status).toBe(200);
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect((await get("/agreements", mine.token)).body.error.code).toBe("invalid_token");
    await db().user.update({ where: { id: user.id }, data: { active: true } });
  });

  it("stores only a hash of the token, and refuses a token form without a name or a lifetime", async () => {
    const rows = await db().apiToken.findMany({ select: { tokenHash: true, prefix: true } });
    expect(rows.some((r) => Object.values(tokens).includes(r.tokenHash))).toBe(false);
    const viewer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "admin@example.org" } }));
    const refused = await createApiToken(viewer, { name: " ", days: "7" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["days", "name"]);
  });
});

it("answers any query string with a page or a 400, never a 500", async () => {
  const names = [...new Set(ENDPOINTS.flatMap((e) => Object.keys(e.query.shape)).concat(["limit", "cursor", "page", "sort"]))];
  const value = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("2026-13-01", "0", "-1", "1e400", "NaN", "ACTIVE", "'; DROP TABLE x; --", "c1.", "c1.AAAA", "%00"));
  const officer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "officer@example.org" } }));
  const created = await createApiToken(officer, { name: "fuzz", days: "30" });
  if (!created.ok) throw new Error("token not created");
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ENDPOINTS.map((e) => e.path)), fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 4 }), async (path, params) => {
      // Many runs in one minute: the rate limit is not what this asks about.
      await db().apiToken.update({ where: { id: created.id }, data: { windowCount: 0 } });
      const answer = await get(`${path}?${new URLSearchParams(params)}`, created.token);
      expect([200, 400], JSON.stringify(params)).toContain(answer.status);
      conforms(answer.path, answer.status, answer.body);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) * 4 },
  );
});

it("answers 304 to an unchanged page's ETag, and a new ETag once a record changes", async () => {
  const first = await get("/agreements?status=ACTIVE", tokens.MANAGER);
  const etag = first.headers.get("etag")!;
  expect(etag).toMatch(/^W\/"/);
  expect((await get("/agreements?status=ACTIVE", tokens.MANAGER, { "if-none-match": etag })).status).toBe(304);
  const agreement = await db().agreement.findFirstOrThrow({ where: { status: "ACTIVE", archived: false } });
  await db().agreement.update({ where: { id: agreement.id }, data: { summary: `${agreement.summary ?? ""} (updated)` } });
  const changed = await get("/agreements?status=ACTIVE", tokens.MANAGER, { "if-none-match": etag });
  expect(changed.status).toBe(200);
  expect(changed.headers.get("etag")).not.toBe(etag);
});

it("counts requests per token in the database, so concurrent requests cannot pass the limit", async () => {
  const viewer = viewerOf(await db().user.findUniqueOrThrow({ where: { email: "manager@example.org" } }));
  const created = await createApiToken(viewer, { name: "busy", days: "30" });
  if (!created.ok) throw new Error("token not created");
  const now = new Date(Date.UTC(2026, 11, 2, 10, 0, 5));
  const checks = await Promise.all(Array.from({ length: 130 }, () => authenticateToken(`Bearer ${created.token}`, now)));
  expect(checks.filter((c) => c.ok)).toHaveLength(120);
  const refused = checks.find((c) => !c.ok);
  expect(refused).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 55 });
  // The next minute starts afresh.
  expect((await authenticateToken(`Bearer ${created.token}`, new Date(now.getTime() + 60_000))).ok).toBe(true);
  const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
  expect(row.lastUsedAt).not.toBeNull();
});
