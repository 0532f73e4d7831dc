// The Prisma client of the app server. It always speaks to PostgreSQL through `DATABASE_URL`:
// the launcher (scripts/start.ts) points that at the embedded database's socket when no real
// server is configured (lib/database/), so the app has one code path for both.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ConfigurationError, parseEnv } from "@/lib/env";

/** `logQueries` emits each statement as a "query" event (the benchmarks time a page's SQL that way). */
export function createPrismaClient(url: string, poolMax = 10, logQueries = false): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolMax }),
    ...(logQueries && { log: [{ emit: "event" as const, level: "query" as const }] }),
  });
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
