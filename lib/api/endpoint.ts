// One way every /api/v1 list endpoint answers: a personal access token, the token's rate limit,
// query parameters checked against the endpoint's zod schema (unknown ones refused), keyset
// pagination by an opaque cursor, and an ETag. The same zod schemas make the OpenAPI document
// (lib/api/openapi.ts), so the documentation cannot drift from what is checked and returned.
import crypto from "node:crypto";
import { z } from "zod";
import { log } from "@/lib/log";
import type { Viewer } from "@/lib/policy";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";
import { authenticateToken } from "./tokens";
import { messageOf } from "@/lib/domain/field-errors";
import { say } from "@/lib/i18n/say";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** What an endpoint declares; `list` returns null when the viewer's role may not list it at all. */
export interface Endpoint<Query extends z.ZodObject = z.ZodObject, Item extends z.ZodType = z.ZodType> {
  path: `/${string}`;
  /** The name of the item's schema in the OpenAPI document. */
  name: string;
  summary: string;
  description: string;
  query: Query;
  item: Item;
  /** The kind of record whose custom fields its items carry (lib/custom-fields/api.ts). */
  entity?: CustomFieldEntity;
  list: (viewer: Viewer, query: z.output<Query>, page: { after?: string; take: number }) => Promise<z.input<Item>[] | null>;
}

export const endpoint = <Query extends z.ZodObject, Item extends z.ZodType>(e: Endpoint<Query, Item>) => e;

/** Paging parameters every list takes, besides its own filters. */
export const pageParams = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Items per page, 1 to ${MAX_LIMIT}.`),
  cursor: z.string().max(200).optional().describe("The `next_cursor` of the previous page."),
});

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ description: "Every error: a stable code for programs, a message for people." });

export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message } } satisfies z.infer<typeof errorBody>, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** Any method but GET (and the HEAD and OPTIONS Next.js derives from it) on an API route. */
export function readOnly(): Response {
  return apiError(405, "method_not_allowed", "The API is read-only: use GET.", { allow: "GET, HEAD, OPTIONS" });
}

// The cursor names the last id of the page, opaquely: "c1." + base64url(id).
const encodeCursor = (id: string) => `c1.${Buffer.from(id).toString("base64url")}`;
function decodeCursor(cursor: string): string | null {
  const match = /^c1\.([A-Za-z0-9_-]{1,120})$/.exec(cursor);
  const id = match && Buffer.from(match[1], "base64url").toString("utf8");
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** The filters from the URL: one value per name, unknown names refused (a typo must not widen a query silently). */
function readQuery(url: URL, schema: z.ZodObject) {
  const names = [...new Set(url.searchParams.keys())];
  const unknown = names.filter((name) => !(name in schema.shape));
  if (unknown.length) return { error: apiError(400, "unknown_parameter", `Unknown parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. This endpoint takes: ${Object.keys(schema.shape).join(", ")}.`) };
  const repeated = names.filter((name) => url.searchParams.getAll(name).length > 1);
  if (repeated.length) return { error: apiError(400, "invalid_parameter", `Give ${repeated.join(", ")} once.`) };
  // The proxy refuses these before any page; the API says so itself too (PostgreSQL refuses a NUL byte).
  const controls = names.filter((name) => /[\u0000-\u001f\u007f]/.test(url.searchParams.get(name)!));
  if (controls.length) return { error: apiError(400, "invalid_parameter", `${controls.join(", ")}: control characters are not allowed.`) };
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    // The API speaks English (its reference does too), whatever the token owner reads.
    const message = parsed.error.issues.map((i) => `${i.path.join(".")}: ${say("en", messageOf(i))}`).join("; ");
    return { error: apiError(400, "invalid_parameter", message) };
  }
  return { data: parsed.data as Record<string, unknown> };
}

/** The route handler of a list endpoint. */
export function listRoute(e: Endpoint) {
  const schema = e.query.extend(pageParams.shape).strict();
  return async function GET(request: Request): Promise<Response> {
    try {
      const auth = await authenticateToken(request.headers.get("authorization"));
      if (!auth.ok) {
        const retry: Record<string, string> = auth.retryAfter ? { "retry-after": String(auth.retryAfter) } : {};
        return apiError(auth.status, auth.code, auth.message, auth.status === 401 ? { "www-authenticate": 'Bearer realm="api"' } : retry);
      }
      const rate = { "ratelimit-limit": String(auth.limit), "ratelimit-remaining": String(auth.remaining), "ratelimit-reset": String(auth.resetSeconds) };
      const query = readQuery(new URL(request.url), schema);
      if (query.error) return query.error;
      const { limit, cursor, ...filters } = query.data as { limit: number; cursor?: string };
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (after === null) return apiError(400, "invalid_cursor", "The cursor is not one this API gave: start again without it.", rate);

      const rows = await e.list(auth.viewer, filters, { after, take: limit + 1 });
      if (rows === null) return apiError(403, "forbidden", `Your role may not list ${e.path.slice(1)}.`, rate);
      const data = rows.slice(0, limit);
      const next = rows.length > limit ? encodeCursor((data.at(-1) as { id: string }).id) : null;
      const body = JSON.stringify({ data, next_cursor: next });
      const etag = `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
      const headers = { ...rate, etag, "cache-control": "private, no-cache", vary: "Authorization" };
      const seen = request.headers.get("if-none-match")?.split(",").map((t) => t.trim());
      if (seen?.includes(etag) || seen?.includes("*")) return new Response(null, { status: 304, headers });
      return new Response(body, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
    } catch (error) {
      log("error", "api request failed", { path: e.path, error });
      return apiError(500, "internal", "The request could not be answered: try again, or tell the administrators.");
    }
  };
}
