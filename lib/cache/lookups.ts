// The slow-changing lookups the list pages and forms offer (themes, partners, officers, agreements),
// kept in memory by each app instance for as long as the database's lookup generation stays the same.
// Every write that changes one bumps the generation in its own transaction (triggers, migration
// 20261208000000_lookup_generation); each request reads the generation with its session check, in
// the same query (lib/auth/sessions.ts), so a change made through any instance is seen by the next
// request to every other, and a cached lookup costs no round trip at all.
import { cache } from "react";
import { db } from "@/lib/db";

/** The generation this request read with its session: one object per request (React's cache), none outside one. */
const requestGeneration = cache((): { value?: bigint } => ({}));

/** Called by the session check with the generation it read. */
export function sawLookupGeneration(generation: bigint): void {
  requestGeneration().value = generation;
}

async function currentGeneration(): Promise<bigint> {
  const seen = requestGeneration().value;
  if (seen !== undefined) return seen;
  // Outside a signed-in request (scripts, tests, the API): read it now.
  const row = await db().lookupGeneration.findUnique({ where: { id: 1 }, select: { generation: true } });
  return row?.generation ?? 0n;
}

const entries = new Map<string, { generation: bigint; value: Promise<unknown> }>();

/** `load()`'s value, loaded again only when the lookups' generation has changed since it was cached. */
export async function cachedLookup<T>(name: string, load: () => Promise<T>): Promise<T> {
  const generation = await currentGeneration();
  const cached = entries.get(name);
  if (cached?.generation === generation) return cached.value as Promise<T>;
  const value = load();
  entries.set(name, { generation, value });
  // A failed load is not kept: the next request tries again.
  value.catch(() => entries.get(name)?.value === value && entries.delete(name));
  return value;
}
