// npm run bench -- [--database embedded|postgres] [--scale 1] [--duration 10] [--connections 20]
// Seeds the benchmark database if it is missing (or at another scale), times each page's SQL on
// its own, measures the control (bench/control: a bare Next.js page with a 25-row table from
// constants), starts the built app on the database, signs in per role and measures each page at
// one connection and at --connections with autocannon: latency, throughput and CPU per request of
// the app's processes and the database's, and the ratio to the control's CPU per request. Then
// each page's first-load JavaScript in Chromium. Writes bench/results/<database>.json and the
// README's table.
import autocannon from "autocannon";
import { execSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { chromium } from "playwright-core";
import { openEmbeddedDatabase } from "../../lib/database/embedded";
import { migrate } from "../../lib/database/migrate";
import { seedBench } from "./seed";
import { browserCookies, signInCookie } from "../http";
import { firstLoadJs } from "../first-load-js";
import { replaceReadmeSection } from "../readme";
import { measure, postgresPids, processTree, startControl, startServer, type Processes, type Server } from "./server";
import { OFFICER, PAGES, capturePages } from "./pages";
import { replay, settle } from "./sql";
import { BENCH_PASSWORD, benchAppEnv, benchDatabaseUrl, embeddedDir, parseArgs, readMarker } from "./target";

/** SQL time per page, on the database before the app opens it. */
async function sqlTimes(url: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const [name, statements] of await capturePages(url)) times.set(name, await replay(url, statements));
  return times;
}

async function load(base: string, path: string, cookie: string, seconds: number, connections: number) {
  return figures(await autocannon({ url: `${base}${path}`, headers: { cookie }, duration: seconds, connections }));
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One run's figures with the CPU each request cost the app's processes and the database's. */
async function run(processes: Processes, base: string, path: string, cookie: string, seconds: number, connections: number) {
  const { result, appSeconds, databaseSeconds, cpuPercent, peakRssMb } = await measure(processes, () => load(base, path, cookie, seconds, connections));
  const perRequest = (cpuSeconds: number) => (result.requests ? round((cpuSeconds * 1000) / result.requests) : null);
  return { ...result, appCpuMs: perRequest(appSeconds), databaseCpuMs: perRequest(databaseSeconds), cpuPercent, peakRssMb };
}

type Run = Awaited<ReturnType<typeof run>>;

/** A page at one connection (what one person waits) and at `connections` (a busy unit), warmed up first. */
async function atBothLoads(processes: Processes, base: string, path: string, cookie: string, seconds: number, connections: number, alone = false) {
  await load(base, path, cookie, 2, alone ? 1 : 4);
  const one = await run(processes, base, path, cookie, seconds, 1);
  return { one, many: alone ? null : await run(processes, base, path, cookie, seconds, connections) };
}

/** The control: a bare Next.js page, no database (built on first use). */
async function measureControl(seconds: number, connections: number) {
  if (!fs.existsSync("bench/control/.next/BUILD_ID")) execSync("node node_modules/next/dist/bin/next build bench/control", { stdio: "inherit" });
  const control = await startControl();
  try {
    const processes = { app: () => processTree(control.process.pid!), database: () => [] };
    return await atBothLoads(processes, control.base, "/", "", seconds, connections);
  } finally {
    await control.stop();
  }
}

/**
 * The app's processes and the database's: the embedded database lives in the launcher, the
 * Next.js server is its child; a PostgreSQL server on this machine is every "postgres" process.
 */
function processesOf(server: Server, database: string): Processes {
  const launcher = server.process.pid!;
  if (database === "embedded") return { app: () => processTree(launcher).filter((pid) => pid !== launcher), database: () => [launcher] };
  return { app: () => processTree(launcher), database: postgresPids };
}

/** This page's CPU per request over the control's: the app's alone, and with the database's. */
function ratios(page: Run, control: Run) {
  if (!page.appCpuMs || !control.appCpuMs) return { app: null, withDatabase: null };
  return { app: round(page.appCpuMs / control.appCpuMs, 2), withDatabase: round((page.appCpuMs + (page.databaseCpuMs ?? 0)) / control.appCpuMs, 2) };
}

/** What the tables report of a run. */
function figures(result: autocannon.Result) {
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p95Ms: percentile(result, 95),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

// autocannon reports p2.5, p50, p75, p90, p97.5, p99 ...: p95 lies between p90 and p97.5.
function percentile(result: autocannon.Result, p: 95) {
  const l = result.latency as unknown as Record<string, number>;
  return Math.round((l.p90 + ((l.p97_5 - l.p90) * (p - 90)) / 7.5) * 10) / 10;
}

/** The Server Action request of "Save changes" on an agreement, captured in Chromium. */
async function captureSave(base: string, cookie: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    await context.addCookies(browserCookies(cookie, base));
    const page = await context.newPage();
    await page.goto(`${base}/agreements/ba1/edit`);
    let captured: { headers: Record<string, string>; body: string } | null = null;
    await page.route("**/agreements/ba1/edit", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      captured = { headers: await route.request().allHeaders(), body: route.request().postDataBuffer()!.toString("latin1") };
      await route.abort();
    });
    await page.getByRole("button", { name: /Save/ }).click();
    for (let i = 0; i < 100 && !captured; i++) await page.waitForTimeout(100);
    if (!captured) throw new Error("Could not capture the save request.");
    return captured as { headers: Record<string, string>; body: string };
  } finally {
    await browser.close();
  }
}

/** Saves of distinct agreements (each at its first version), so every save writes. */
async function loadSaves(base: string, cookie: string, seconds: number, connections: number, targets: { id: string; reference: string }[]) {
  const { headers, body } = await captureSave(base, cookie);
  delete headers["content-length"];
  let next = 0;
  const result = await autocannon({
    url: base,
    duration: seconds,
    connections,
    requests: [
      {
        method: "POST",
        path: "/agreements/ba1/edit",
        headers: { ...headers, cookie },
        setupRequest: (request) => {
          const { id, reference } = targets[next++ % targets.length];
          return {
            ...request,
            path: `/agreements/${id}/edit`,
            body: body.replace(/(\r\n\r\n)ba1(\r\n)/g, `$1${id}$2`).replace(/BENCH\/000001/g, reference),
          };
        },
      },
    ],
  });
  return { ...figures(result), attempted: next };
}

/** First-load JavaScript of each page, gzip-compressed, in KB. */
async function firstLoadJsOfPages(base: string, cookies: Map<string, string>) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const sizes = new Map<string, number>();
  try {
    for (const page of PAGES.filter((p) => !p.path.includes("/export"))) {
      const context = await browser.newContext();
      const cookie = cookies.get(page.as)!;
      await context.addCookies(browserCookies(cookie, base));
      sizes.set(page.name, (await firstLoadJs(await context.newPage(), `${base}${page.path}`)).kb);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

interface PageResult {
  name: string;
  one: Run;
  many: Run | null;
  ratio: { one: ReturnType<typeof ratios>; many: ReturnType<typeof ratios> | null } | null;
  sqlMs: number | null;
  firstLoadJsKb?: number | null;
}

function readmeTable(results: { database: string; scale: number; date: string; connections: number; control: { one: Run; many: Run | null }; pages: PageResult[] }) {
  const both = (one: unknown, many: unknown) => `${one ?? "—"} / ${many ?? "—"}`;
  const row = (name: string, p: { one: Run; many: Run | null; ratio?: PageResult["ratio"]; sqlMs?: number | null; firstLoadJsKb?: number | null }) =>
    `| ${name} | ${both(p.one.rps, p.many?.rps)} | ${p.one.p50Ms} | ${p.one.p95Ms} | ${p.many?.p95Ms ?? "—"} | ${both(p.one.appCpuMs, p.many?.appCpuMs)} | ${both(p.one.databaseCpuMs, p.many?.databaseCpuMs)} | ${both(p.ratio?.one.app, p.ratio?.many?.app)} | ${both(p.ratio?.one.withDatabase, p.ratio?.many?.withDatabase)} | ${p.sqlMs ?? "—"} | ${p.firstLoadJsKb ?? "—"} | ${Math.max(p.one.peakRssMb, p.many?.peakRssMb ?? 0)} |`;
  const c = results.connections;
  return [
    `Scale ${results.scale} on ${results.database}, ${results.date.slice(0, 10)}; figures at 1 / ${c} connections:`,
    "",
    `| page | req/s | p50 ms (1) | p95 ms (1) | p95 ms (${c}) | app CPU ms/req | DB CPU ms/req | × control (app) | × control (app + DB) | SQL ms | first-load JS KB (gzip) | peak RSS MB |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    row("control (bare Next.js, 25 rows)", { ...results.control, ratio: null }),
    ...results.pages.map((p) => row(p.name, p)),
  ].join("\n");
}

/** The same pages against two instances sharing the database, the connections split between them. */
async function twoInstances(pages: PageResult[], duration: number, connections: number) {
  const servers = [await startServer(benchAppEnv("postgres")), await startServer(benchAppEnv("postgres"))];
  try {
    const out = [];
    for (const page of PAGES.filter((p) => ["agreements list", "agreement page", "partner portal"].includes(p.name))) {
      const cookies = await Promise.all(servers.map((s) => signInCookie(s.base, page.as, BENCH_PASSWORD)));
      await Promise.all(servers.map((s, i) => load(s.base, page.path, cookies[i], 2, 4)));
      const runs = await Promise.all(servers.map((s, i) => load(s.base, page.path, cookies[i], duration, Math.ceil(connections / 2))));
      const one = pages.find((p) => p.name === page.name)!.many!.rps;
      const two = Math.round(runs.reduce((sum, r) => sum + r.rps, 0) * 10) / 10;
      out.push({ name: page.name, oneInstanceRps: one, twoInstancesRps: two, factor: Math.round((two / one) * 100) / 100, errors: runs.reduce((n, r) => n + r.errors, 0) });
      console.log(`  two instances, ${page.name}: ${two} req/s (one: ${one})`);
    }
    return out;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** Runs `work` on the bench database while the app is not running (the embedded one has one owner). */
async function withDatabase<T>(database: string, work: (url: string) => Promise<T>): Promise<T> {
  if (database !== "embedded") return work(benchDatabaseUrl());
  const embedded = await openEmbeddedDatabase({ dataDir: embeddedDir(), command: "npm run bench" });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.close();
  }
}

async function main() {
  const { database, scale, duration, connections, skipSeed } = parseArgs();
  if (!skipSeed && readMarker(database)?.scale !== scale) {
    await seedBench(database, scale);
  }
  if (!fs.existsSync(".next/BUILD_ID")) execSync("npm run build", { stdio: "inherit" });

  // Bring the bench database to the code's migrations; saves name version 1 of each agreement
  // they change: put the bench agreements back there.
  // The saves change active agreements only (an expired one cannot simply become active again).
  const editable = await withDatabase(database, async (url) => {
    await migrate(url);
    await settle();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE "Agreement" SET version = 1 WHERE id LIKE 'ba%' AND version > 1`);
    const { rows } = await client.query(`SELECT id, reference FROM "Agreement" WHERE id LIKE 'ba%' AND id <> 'ba1' AND status = 'ACTIVE' ORDER BY id`);
    await client.end();
    return rows as { id: string; reference: string }[];
  });
  console.log("Timing each page's SQL…");
  const sql = await withDatabase(database, sqlTimes);

  console.log("Measuring the control…");
  const control = await measureControl(duration, connections);
  console.log(`  control: ${control.one.appCpuMs} / ${control.many?.appCpuMs} CPU ms per request, ${control.one.rps} / ${control.many?.rps} req/s`);

  console.log("Starting the app…");
  const server = await startServer(benchAppEnv(database));
  const pages: PageResult[] = [];
  let saving: Record<string, unknown>;
  try {
    const processes = processesOf(server, database);
    const cookies = new Map<string, string>();
    for (const email of new Set(PAGES.map((p) => p.as))) cookies.set(email, await signInCookie(server.base, email, BENCH_PASSWORD));
    for (const page of PAGES) {
      const { one, many } = await atBothLoads(processes, server.base, page.path, cookies.get(page.as)!, duration, connections, page.alone);
      const result = { name: page.name, one, many, ratio: { one: ratios(one, control.one), many: many && ratios(many, control.many!) }, sqlMs: sql.get(page.name) ?? null };
      pages.push(result);
      console.log(
        `  ${page.name}: p95 ${one.p95Ms} ms (1) / ${many?.p95Ms} ms (${connections}); CPU ms/request app ${one.appCpuMs} / ${many?.appCpuMs}, database ${one.databaseCpuMs} / ${many?.databaseCpuMs}; × control ${result.ratio.one.app} / ${result.ratio.many?.app}; ${one.errors + (many?.errors ?? 0)} errors`,
      );
    }
    const { result: saves, cpuPercent, peakRssMb } = await measure(processes, () => loadSaves(server.base, cookies.get(OFFICER)!, duration, connections, editable));
    saving = { name: "saving an edit", connections, ...saves, cpuPercent, peakRssMb };
    console.log(`  saving an edit: ${saves.rps} req/s, p50 ${saves.p50Ms} ms, p95 ${saves.p95Ms} ms, ${saves.errors} errors`);
    const js = await firstLoadJsOfPages(server.base, cookies);
    for (const page of pages) page.firstLoadJsKb = js.get(page.name) ?? null;
  } finally {
    await server.stop();
  }
  // Every save that answered must have written: count the agreements past their first version.
  saving.saved = await withDatabase(database, async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Agreement" WHERE version > 1 AND id LIKE 'ba%'`);
    await client.end();
    return rows[0].n as number;
  });
  console.log(`  saves answered: ${saving.requests}, agreements changed: ${saving.saved}`);
  const scaleOut = database === "postgres" ? await twoInstances(pages, duration, connections) : null;
  const results = { database, scale, date: new Date().toISOString(), connections, duration, control, pages, saving, ...(scaleOut && { scaleOut }) };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/${database}.json`, JSON.stringify(results, null, 2) + "\n");
  let table = readmeTable(results);
  table += `\n\nSaving an edit (${connections} connections): ${saving.rps} req/s, p50 ${saving.p50Ms} ms, p95 ${saving.p95Ms} ms, ${saving.errors} errors; ${saving.requests} saves answered, ${saving.saved} agreements changed.`;
  if (scaleOut) {
    table += `\n\nTwo app instances on the one database, ${connections} connections split between them: ${scaleOut
      .map((r) => `${r.name} ${r.oneInstanceRps} → ${r.twoInstancesRps} req/s (×${r.factor}, ${r.errors} errors)`)
      .join("; ")}.`;
  }
  replaceReadmeSection(`bench:${database}`, table);
  console.log(`\n${table}\n\nWritten to bench/results/${database}.json`);
}

await main();
