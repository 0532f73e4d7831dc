// The SQL a page needs, timed on its own: the page's query functions run once with Prisma's
// query log on, and the statements they sent are replayed straight through `pg` (median of
// several runs). The figure we steer by is page latency / this.
import pg from "pg";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type Capture = { query: string; params: unknown[] }[];

/** The embedded database serves one connection and frees it a moment after the client leaves. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Runs `work` with the app's data layer on a logging client; returns the statements sent. */
export async function captureSql(url: string, work: () => Promise<unknown>): Promise<Capture> {
  const client = createPrismaClient(url, 1, true);
  const captured: Capture = [];
  const logging = client as unknown as { $on(event: "query", cb: (e: { query: string; params: string }) => void): void };
  logging.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) }));
  const holder = globalThis as { prisma?: PrismaClient };
  const previous = holder.prisma;
  holder.prisma = client;
  try {
    await work();
  } finally {
    holder.prisma = previous;
    await client.$disconnect();
    await settle();
  }
  return captured.filter((c) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(c.query.trim()));
}

/** Median time, in ms, of running the statements one after another, as the page does. */
export async function replay(url: string, statements: Capture, runs = 15): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let run = 0; run < runs + 2; run++) {
      const started = performance.now();
      for (const s of statements) await client.query(s.query, s.params.map((p) => (p !== null && typeof p === "object" && !Array.isArray(p) ? JSON.stringify(p) : p)));
      if (run >= 2) times.push(performance.now() - started); // two warm-up runs
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
  } finally {
    await client.end();
    await settle();
  }
}
