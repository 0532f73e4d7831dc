// The Prisma client of the app server. It always speaks to PostgreSQL through `DATABASE_URL`:
// the launcher (scripts/start.ts) points that at the embedded database's socket when no real
// server is configured (lib/database/), so the app has one code path for both.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ConfigurationError, parseEnv } from "@/lib/env";

/**
 * PostgreSQL refuses a NUL character in text outright (an error, not "no match"), and Prisma's
 * query protocol fails on a lone UTF-16 surrogate. Forms refuse control characters in what they
 * store, but an id or a filter can still carry either: each becomes U+FFFD, which matches
 * nothing, so hostile input gets "not found" rather than a crash.
 */
function storable(value: unknown): unknown {
  if (typeof value === "string") return /[\u0000\ud800-\udfff]/.test(value) ? Buffer.from(value.replaceAll("\u0000", "\uFFFD")).toString() : value;
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storable(v)]));
  }
  return value; // dates, decimals, bytes
}

/** `logQueries` emits each statement as a "query" event (the benchmarks time a page's SQL that way). */
export function createPrismaClient(url: string, poolMax = 10, logQueries = false): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolMax }),
    ...(logQueries && { log: [{ emit: "event" as const, level: "query" as const }] }),
  });
  // The benchmarks' SQL timer needs `$on`, which extended clients lack; it sends no user input.
  if (logQueries) return client;
  // Model queries only: raw SQL passes its values as parameters the code itself chose.
  const extended = client.$extends({ query: { $allModels: { $allOperations: ({ args, query }) => query(storable(args) as typeof args) } } });
  return extended as unknown as PrismaClient;
}

// Kept on globalThis so `next dev` reloads do not open a new pool each time.
const holder = globalThis as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (!holder.prisma) {
    const env = parseEnv();
    if (!env.DATABASE_URL) throw new ConfigurationError("DATABASE_URL is not set: start the app with `npm start`.");
    holder.prisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  }
  return holder.prisma;
}
