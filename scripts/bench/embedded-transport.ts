// npm run bench:transport: the embedded database reached over its socket (pg, as the app does now)
// against the same PGlite called in the process itself (what a PGlite driver adapter would do).
// Each page's SQL, captured through the app's data layer on the benchmark database (scale 1), is
// replayed both ways in this one process, which then holds client and database alike: median
// wall time and CPU per page, over 15 runs after 2 warm-up runs. Prisma's own work is the same
// either way and is left out. Writes bench/results/embedded-transport.json and the README's table.
import fs from "node:fs";
import pg from "pg";
import { openEmbeddedDatabase } from "../../lib/database/embedded";
import { replaceReadmeSection } from "../readme";
import { capturePages } from "./pages";
import { settle, type Capture } from "./sql";
import { embeddedDir, readMarker } from "./target";

const RUNS = 15;
const WARM_UP = 2;
const parameters = (s: Capture[number]) => s.params.map((p) => (p !== null && typeof p === "object" && !Array.isArray(p) ? JSON.stringify(p) : p));

/** Median wall time and CPU (this process: client and database) of running `statements` in order. */
async function timed(statements: Capture, run: (s: Capture[number]) => Promise<unknown>) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + WARM_UP; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    for (const s of statements) await run(s);
    const used = process.cpuUsage(usage);
    if (i >= WARM_UP) {
      wall.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const median = (values: number[]) => Math.round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)] * 10) / 10;
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

if (!readMarker("embedded")) throw new Error("No embedded benchmark database: run npm run bench -- --database embedded first.");
const database = await openEmbeddedDatabase({ dataDir: embeddedDir(), command: "npm run bench:transport" });
try {
  const pages = await capturePages(database.url);
  const results = [];
  for (const [name, statements] of pages) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const socket = await timed(statements, (s) => client.query(s.query, parameters(s)));
    await client.end();
    await settle();
    const inProcess = await timed(statements, (s) => database.pglite.query(s.query, parameters(s)));
    results.push({ name, statements: statements.length, socket, inProcess });
    console.log(`  ${name}: ${statements.length} statements; socket ${socket.wallMs} ms (${socket.cpuMs} ms CPU), in process ${inProcess.wallMs} ms (${inProcess.cpuMs} ms CPU)`);
  }
  const memory = process.memoryUsage();
  const output = { date: new Date().toISOString(), runs: RUNS, pages: results, rssMb: Math.round(memory.rss / 1_048_576) };
  fs.writeFileSync("bench/results/embedded-transport.json", JSON.stringify(output, null, 2) + "\n");
  const table = [
    "| Page | Statements | Socket: ms | Socket: CPU ms | In process: ms | In process: CPU ms |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map((r) => `| ${r.name} | ${r.statements} | ${r.socket.wallMs} | ${r.socket.cpuMs} | ${r.inProcess.wallMs} | ${r.inProcess.cpuMs} |`),
  ].join("\n");
  replaceReadmeSection("bench:transport", table);
  console.log(`\n${table}\n\nWritten to bench/results/embedded-transport.json`);
} finally {
  await database.close();
}
