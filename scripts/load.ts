// npm run load -- [--database embedded|postgres] [--users 12] [--duration 20] [--save]
// Signed-in officers browsing and editing at once against the built app on a fresh database with
// the demo data. Each virtual user loops: the partners list, the agreements list, its own
// partner's page, the dashboard, then a save of its own partner at the version it last saw. At the
// end every user saves one shared partner at the same version at once: exactly one may win.
// Reports throughput and latency percentiles; fails (exit 1) on any error, any acknowledged save
// missing from the database, or any silent overwrite. PostgreSQL: a new database on the server
// named by LOAD_DATABASE_URL (or TEST_DATABASE_URL), dropped afterwards. `--save` writes
// bench/results/load-<database>.json and the README's table.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "./bench/server";
import { actionId, backupTables, callAction, signInCookie } from "./http";
import { createScratchDatabase } from "./scratch-database";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const database = arg("database", "embedded") as "embedded" | "postgres";
const users = Number(arg("users", "12"));
const seconds = Number(arg("duration", "20"));
const PASSWORD = "load-test-password-0123";
const TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"; // the demo administrator's app (DEMO_TOTP_SECRET)

interface Sample {
  kind: "read" | "write";
  ms: number;
  ok: boolean;
}

const samples: Sample[] = [];
const failures: string[] = [];

async function timed<T>(kind: Sample["kind"], work: () => Promise<{ ok: boolean; detail?: string; value?: T }>): Promise<T | undefined> {
  const started = performance.now();
  let result: { ok: boolean; detail?: string; value?: T };
  try {
    result = await work();
  } catch (error) {
    result = { ok: false, detail: String(error) };
  }
  samples.push({ kind, ms: performance.now() - started, ok: result.ok });
  if (!result.ok && failures.length < 20) failures.push(result.detail ?? "failed");
  return result.value;
}

async function page(base: string, cookie: string, url: string) {
  await timed("read", async () => {
    const response = await fetch(`${base}${url}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    return { ok: response.status === 200, detail: `GET ${url}: ${response.status}` };
  });
}

/** Saves the partner through its form's Server Action; the new partner's id, or the id saved. */
async function savePartner(base: string, cookie: string, fields: Record<string, string>) {
  return timed("write", async () => {
    const { redirect, text } = await callAction(base, cookie, actionId("savePartnerAction"), fields.id ? `/partners/${fields.id}/edit` : "/partners/new", {
      kind: "GOVERNMENT",
      country: "TH",
      ...fields,
    });
    const id = redirect?.match(/^\/partners\/([\w-]+)/)?.[1];
    return { ok: Boolean(id), value: id, detail: `save ${fields.name}: ${text.slice(0, 200)}` };
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : 0;
};

function figures(kind: Sample["kind"]) {
  const of = samples.filter((s) => s.kind === kind);
  const ms = of.map((s) => s.ms);
  return { requests: of.length, perSecond: Math.round((of.length / seconds) * 10) / 10, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), p99Ms: percentile(ms, 99), errors: of.filter((s) => !s.ok).length };
}

async function withDatabase<T>(work: (env: Record<string, string>) => Promise<T>): Promise<T> {
  if (database === "embedded") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pr-load-"));
    try {
      return await work({ DATA_DIR: path.join(dir, "data"), DEMO_PASSWORD: PASSWORD, DEMO_TOTP_SECRET: TOTP_SECRET });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const server = process.env.LOAD_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("Set LOAD_DATABASE_URL to a PostgreSQL server (a new database is made on it for the run).");
  const scratch = await createScratchDatabase(server, "load");
  const env = { DATABASE_URL: scratch.url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"), DEMO_PASSWORD: PASSWORD, DEMO_TOTP_SECRET: TOTP_SECRET };
  try {
    const seed = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts"], { env: { ...process.env, ...env }, stdio: "inherit" });
    if (seed.status !== 0) throw new Error("Seeding the load-test database failed.");
    return await work(env);
  } finally {
    await scratch.drop();
  }
}

async function main() {
  const report = await withDatabase(async (env) => {
    const app = await startServer(env);
    try {
      const { base } = app;
      // Each virtual user: its own session (two demo officers between them) and its own partner.
      const people = await Promise.all(
        Array.from({ length: users }, async (_, i) => {
          const cookie = await signInCookie(base, i % 2 ? "officer2@example.org" : "officer@example.org", PASSWORD);
          const id = await savePartner(base, cookie, { name: `Load partner ${i}` });
          if (!id) throw new Error(`Could not create the partner of user ${i}: ${failures.join("\n")}`);
          return { cookie, id, version: 1, saved: 0, acronym: "" };
        }),
      );
      samples.length = 0;

      const until = Date.now() + seconds * 1000;
      await Promise.all(
        people.map(async (person, i) => {
          for (let n = 0; Date.now() < until; n++) {
            await page(base, person.cookie, "/partners");
            await page(base, person.cookie, "/agreements");
            await page(base, person.cookie, `/partners/${person.id}`);
            await page(base, person.cookie, "/dashboard");
            const acronym = `L${i}-${n}`;
            const saved = await savePartner(base, person.cookie, { id: person.id, version: String(person.version), name: `Load partner ${i}`, acronym });
            if (saved) Object.assign(person, { version: person.version + 1, saved: person.saved + 1, acronym });
          }
        }),
      );

      // Everyone saves one shared partner, read at the same version, at once.
      const shared = people[0];
      const race = await Promise.all(
        people.map((person, i) =>
          callAction(base, person.cookie, actionId("savePartnerAction"), `/partners/${shared.id}/edit`, {
            id: shared.id,
            version: String(shared.version),
            name: `Load partner 0`,
            acronym: `race-${i}`,
            kind: "GOVERNMENT",
            country: "TH",
          }),
        ),
      );
      const winners = race.map((r, i) => (r.redirect ? i : -1)).filter((i) => i >= 0);
      const conflicts = race.filter((r) => !r.redirect && r.text.includes('"conflict"')).length;

      // What the database holds: every acknowledged save, and only the race's winner.
      const rows = await backupTables(base, "admin@example.org", PASSWORD, TOTP_SECRET);
      const lost: string[] = [];
      for (const [i, person] of people.entries()) {
        const row = rows.Organisation.find((o) => o.id === person.id);
        const updates = rows.AuditEvent.filter((e) => e.entityId === person.id && e.action === "update").length;
        const expectedVersion = person.version + (i === 0 ? winners.length : 0);
        const expectedAcronym = i === 0 && winners.length ? `race-${winners[0]}` : person.acronym || null;
        if (row?.version !== expectedVersion || row?.acronym !== expectedAcronym || updates !== person.saved + (i === 0 ? winners.length : 0)) {
          lost.push(`user ${i}: version ${String(row?.version)} (expected ${expectedVersion}), acronym ${String(row?.acronym)} (expected ${expectedAcronym}), ${updates} update events (expected ${person.saved})`);
        }
      }
      return {
        database,
        date: new Date().toISOString().slice(0, 10),
        users,
        seconds,
        reads: figures("read"),
        writes: figures("write"),
        acknowledgedSaves: people.reduce((sum, p) => sum + p.saved, 0),
        lostWrites: lost.length,
        race: { contenders: people.length, winners: winners.length, conflicts },
        failures,
        lost,
      };
    } finally {
      await app.stop();
    }
  });

  console.log(JSON.stringify(report, null, 2));
  const table = [
    `Load test on ${report.database}, ${report.date}: ${report.users} officers browsing and saving for ${report.seconds} s.`,
    "",
    "| | requests | per second | p50 ms | p95 ms | p99 ms | errors |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...(["reads", "writes"] as const).map((k) => `| ${k} | ${report[k].requests} | ${report[k].perSecond} | ${report[k].p50Ms} | ${report[k].p95Ms} | ${report[k].p99Ms} | ${report[k].errors} |`),
    "",
    `Acknowledged saves: ${report.acknowledgedSaves}, lost: ${report.lostWrites}. Same-version race: ${report.race.contenders} contenders, ${report.race.winners} winner, ${report.race.conflicts} told of the conflict.`,
  ].join("\n");
  console.log(`\n${table}\n`);
  if (process.argv.includes("--save")) {
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(`bench/results/load-${database}.json`, `${JSON.stringify(report, null, 2)}\n`);
    const marker = `<!-- load:${database} -->`;
    const readme = fs.readFileSync("README.md", "utf8");
    const parts = readme.split(marker);
    if (parts.length === 3) fs.writeFileSync("README.md", [parts[0], `\n${table}\n`, parts[2]].join(marker));
  }
  const ok = report.reads.errors === 0 && report.writes.errors === 0 && report.lostWrites === 0 && report.race.winners === 1 && report.race.conflicts === users - 1;
  if (!ok) {
    console.error("The load test failed: errors, lost writes or a silent overwrite (see above).");
    process.exit(1);
  }
}

await main();
