// npm run bench:profile -- [--database embedded|postgres] [--requests 300]
// Where a page's CPU goes. Starts the built app on the bench database with --cpu-prof, asks each
// page `--requests` times at one connection, stops the app (the profiles are written on exit) and
// sorts the Next.js server's samples taken while the page was asked (V8 and this process read the
// same monotonic clock) by what they were doing. Then, on an app of its own that logs Prisma's
// query-plan cache (its debug output would weigh on the profile), how often each page's queries
// found their plan cached, from the app's first request and once warm. Writes
// bench/results/profile-<database>.json and the README's table.
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { signInCookie } from "../http";
import { replaceReadmeSection } from "../readme";
import { BENCH_DIR, BENCH_PARTNER, BENCH_PASSWORD, benchAppEnv, parseArgs, type BenchDatabase } from "./target";
import { startServer } from "./server";

const PAGES = [
  { name: "agreements list", as: "officer@example.org", path: "/agreements" },
  { name: "agreements search", as: "officer@example.org", path: "/agreements?q=labour%20migration" },
  { name: "search, every kind of record", as: "officer@example.org", path: "/search?q=labour%20migration" },
  { name: "agreement page", as: "officer@example.org", path: "/agreements/ba1234" },
  { name: "dashboard", as: "manager@example.org", path: "/dashboard" },
  { name: "partner portal", as: BENCH_PARTNER, path: "/portal" },
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * What a sample was doing, from the file of the function it was in; a built-in without a file (a
 * regular expression, JSON, a typed array) counts for the nearest caller that has one. The server
 * bundle is minified, so our own functions cannot be told apart by name: React and Next.js's
 * rendering live in Next's app-page runtime, Prisma in its runtime and its Wasm query compiler,
 * our code (and the libraries bundled with it) in .next/server.
 */
function category(stack: ProfileNode[]): string | null {
  const leaf = stack[0].callFrame.functionName;
  if (leaf === "(idle)" || leaf === "(program)" || leaf === "(root)") return null;
  if (leaf === "(garbage collector)") return "garbage collection";
  const url = stack.find((n) => n.callFrame.url)?.callFrame.url ?? "";
  if (/@prisma[/\\]client|^wasm:/.test(url)) return "Prisma (query compiler, results)";
  if (/node_modules[/\\](pg|pg-protocol|pg-pool|pg-types|@prisma[/\\]adapter-pg)[/\\]/.test(url)) return "SQL driver (pg)";
  if (/app-page(-turbo)?\.runtime/.test(url)) return "render (React, RSC payload, HTML)";
  if (/next[/\\]dist/.test(url)) return "Next.js server (routing, proxy)";
  if (/\.next[/\\]server/.test(url)) return "app code and bundled libraries";
  if (url.startsWith("node:")) return "Node.js (HTTP, streams, async)";
  return "other";
}

/** Milliseconds of samples per category between `from` and `to` (µs, the monotonic clock). */
function breakdown(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const totals = new Map<string, number>();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const interval = profile.timeDeltas[i + 1] ?? 0;
    if (time < from || time > to) continue;
    const name = category(stackOf(profile.samples[i]));
    if (name) totals.set(name, (totals.get(name) ?? 0) + interval / 1000);
  }
  return totals;
}

const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Prisma's query-plan cache per page: hits and misses of its first 30 requests on a fresh app, and of the next `requests`. */
async function planCache(database: BenchDatabase, requests: number) {
  const server = await startServer({ ...benchAppEnv(database), DEBUG: "prisma:client:clientEngine" });
  const count = (text: string, what: string) => text.split(`query plan cache ${what}`).length - 1;
  const rate = (text: string) => {
    const hits = count(text, "hit");
    const misses = count(text, "miss");
    return { hits, misses, hitRate: hits + misses ? Math.round((hits / (hits + misses)) * 1000) / 10 : null };
  };
  const out: Record<string, { cold: ReturnType<typeof rate>; warm: ReturnType<typeof rate> }> = {};
  try {
    const cookies = new Map<string, string>();
    for (const page of PAGES) if (!cookies.has(page.as)) cookies.set(page.as, await signInCookie(server.base, page.as, BENCH_PASSWORD));
    for (const page of PAGES) {
      const ask = (amount: number) => autocannon({ url: `${server.base}${page.path}`, headers: { cookie: cookies.get(page.as)! }, connections: 1, amount });
      const start = server.output().length;
      await ask(30);
      const warm = server.output().length;
      await ask(requests);
      out[page.name] = { cold: rate(server.output().slice(start, warm)), warm: rate(server.output().slice(warm)) };
    }
  } finally {
    await server.stop();
  }
  return out;
}

async function main() {
  const { database } = parseArgs();
  const argv = process.argv.slice(2);
  const requests = Number(argv[argv.indexOf("--requests") + 1]) || 300;
  const dir = path.join(BENCH_DIR, "profiles", database);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const server = await startServer(benchAppEnv(database), ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  const windows: { name: string; from: number; to: number; requests: number }[] = [];
  try {
    const cookies = new Map<string, string>();
    for (const page of PAGES) if (!cookies.has(page.as)) cookies.set(page.as, await signInCookie(server.base, page.as, BENCH_PASSWORD));
    for (const page of PAGES) {
      const ask = (amount: number) => autocannon({ url: `${server.base}${page.path}`, headers: { cookie: cookies.get(page.as)! }, connections: 1, amount });
      await ask(30); // warm up
      const from = nowMicros();
      const result = await ask(requests);
      windows.push({ name: page.name, from, to: nowMicros(), requests: result.requests.total });
    }
  } finally {
    await server.stop();
  }
  // The Next.js server's profile is the one with Next.js in it (the launcher writes one too).
  const profiles = fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Profile);
  const next = profiles.find((p) => p.nodes.some((n) => /next[/\\]dist[/\\]server/.test(n.callFrame.url)));
  if (!next) throw new Error(`No Next.js server profile in ${dir}.`);
  const cache = await planCache(database, requests);
  const pages = windows.map((w) => {
    const totals = breakdown(next, w.from, w.to);
    const perRequest = Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, Math.round((ms / w.requests) * 100) / 100]));
    const total = Math.round(Object.values(perRequest).reduce((a, b) => a + b, 0) * 100) / 100;
    console.log(`${w.name}: ${total} ms of the server's CPU per request`, perRequest, "query-plan cache", cache[w.name]);
    return { name: w.name, requests: w.requests, totalMs: total, msPerRequest: perRequest, planCache: cache[w.name] };
  });
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/profile-${database}.json`, JSON.stringify({ database, date: new Date().toISOString(), pages }, null, 2) + "\n");
  const categories = [...new Set(pages.flatMap((p) => Object.keys(p.msPerRequest)))];
  const table = [
    `Where the Next.js server's CPU goes per request (ms, ${database}, ${new Date().toISOString().slice(0, 10)}, one connection, \`npm run bench:profile\`):`,
    "",
    `| page | total | ${categories.join(" | ")} | query plans cached: first 30 requests / after |`,
    `| --- | --- | ${categories.map(() => "---").join(" | ")} | --- |`,
    ...pages.map(
      (p) =>
        `| ${p.name} | ${p.totalMs} | ${categories.map((c) => p.msPerRequest[c] ?? 0).join(" | ")} | ${p.planCache.cold.hitRate}% / ${p.planCache.warm.hitRate}% |`,
    ),
  ].join("\n");
  replaceReadmeSection(`profile:${database}`, table);
  console.log(`\n${table}`);
}

await main();
