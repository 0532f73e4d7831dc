// Nothing lost: the app killed outright (SIGKILL, launcher and server at once) in the middle of
// concurrent writes comes back with its database intact and every acknowledged write in it; a
// SIGTERM lets requests in flight finish before the app exits. Runs its own app instances, on the
// project's database kind, with the build the other e2e tests use.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, expect, inject, it } from "vitest";
import { actionId, backupTables, callAction, signInCookie, type Tables } from "@/scripts/http";
import { createServerDatabase } from "../support/database";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, freePort, run, waitUntilServing } from "./app";

const kind = inject("databaseKind");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `pr-crash-${kind}-`));
const logFile = path.join(workDir, "app.log");
const log = fs.createWriteStream(logFile);
let env: NodeJS.ProcessEnv;
let base: string;
let app: ChildProcess | undefined;
let dropDatabase = async () => {};

async function start() {
  app = run("scripts/start.ts", env, log, { detached: true });
  await waitUntilServing(base, app, logFile);
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** The exit code (null when a signal ended it), however long ago it exited. */
function exited(child: ChildProcess): Promise<number | null> {
  return running(child) ? new Promise((resolve) => child.once("exit", (code) => resolve(code))) : Promise.resolve(child.exitCode);
}

let lastRefusal = "";

/** Saves a new partner through the partner form's Server Action; true when the app acknowledged it. */
async function savePartner(cookie: string, name: string): Promise<boolean> {
  try {
    const { redirect, status, text } = await callAction(base, cookie, actionId("savePartnerAction"), "/partners/new", { name, kind: "GOVERNMENT", country: "TH" });
    if (!redirect?.startsWith("/partners/")) lastRefusal = `${status} ${text.slice(0, 300)}`;
    return redirect?.startsWith("/partners/") ?? false;
  } catch (error) {
    lastRefusal = String(error);
    return false; // the connection died with the app
  }
}

function expectIntact(tables: Tables, acknowledged: string[], prefix: string) {
  const organisations = tables.Organisation.filter((o) => String(o.name).startsWith(prefix));
  const names = new Set(organisations.map((o) => String(o.name)));
  for (const name of acknowledged) expect(names.has(name), `${name} was acknowledged`).toBe(true);
  // Each partner and its audit event were written in one transaction: both or neither.
  const created = new Set(tables.AuditEvent.filter((e) => e.entityType === "Organisation" && e.action === "create").map((e) => String(e.entityId)));
  for (const organisation of organisations) expect(created.has(String(organisation.id)), `${String(organisation.name)} has its audit event`).toBe(true);
  const ids = new Set(tables.Organisation.map((o) => String(o.id)));
  for (const id of created) expect(ids.has(id), `audit event for ${id} has its organisation`).toBe(true);
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  env = { ...process.env, PORT: String(port), DEMO_PASSWORD, DEMO_TOTP_SECRET, NEXTAUTH_URL: base, JOBS_EVERY_MINUTES: "0" };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  if (kind === "postgres") {
    const database = await createServerDatabase();
    dropDatabase = database.drop;
    Object.assign(env, { DATABASE_URL: database.url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex") });
    const seed = run("scripts/seed.ts", env, log);
    expect(await exited(seed)).toBe(0);
  } else {
    env.DATA_DIR = path.join(workDir, "data");
  }
  await start();
}, 180_000);

afterEach(({ task }) => {
  // The app's own account of a failure goes with the test's.
  if (task.result?.state === "fail") console.error(`The app's log:\n${fs.readFileSync(logFile, "utf8").slice(-5000)}`);
});

afterAll(async () => {
  if (app?.pid && running(app)) {
    process.kill(-app.pid, "SIGTERM");
    await exited(app);
  }
  await dropDatabase();
  await new Promise((resolve) => log.end(resolve));
  fs.rmSync(workDir, { recursive: true, force: true });
});

it("killed with SIGKILL during concurrent writes, it restarts intact with every acknowledged write", async () => {
  const officer = await signInCookie(base, "officer@example.org", DEMO_PASSWORD);
  const acknowledged: string[] = [];
  let killed = false;
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      const name = `Crash ${w}-${i}`;
      if (await savePartner(officer, name)) acknowledged.push(name);
    }
  };
  const writers = [0, 1, 2, 3, 4, 5].map(writer);
  for (const deadline = Date.now() + 60_000; acknowledged.length < 25; await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > deadline) throw new Error(`Saves are not being acknowledged; the last answer: ${lastRefusal}`);
  }
  process.kill(-app!.pid!, "SIGKILL"); // the launcher (and, embedded, the database in it) and the server
  killed = true;
  await Promise.all(writers);
  await exited(app!);

  await start();
  expectIntact(await backupTables(base, "admin@example.org", DEMO_PASSWORD, DEMO_TOTP_SECRET), acknowledged, "Crash ");
  expect((await fetch(`${base}/partners?q=Crash`, { headers: { cookie: officer } })).status).toBe(200);
}, 180_000);

it("stopped with SIGTERM, it finishes the requests in flight, then exits cleanly", async () => {
  const officer = await signInCookie(base, "officer@example.org", DEMO_PASSWORD);
  const names = Array.from({ length: 12 }, (_, i) => `Graceful ${i}`);
  let answered = 0;
  const saves = names.map((name) => savePartner(officer, name).finally(() => answered++));
  await Promise.race(saves); // the first answer: the others are accepted and waiting their turn
  const stopping = exited(app!);
  process.kill(app!.pid!, "SIGTERM"); // the launcher, as a service manager would
  expect(answered, "requests still in flight when the app was told to stop").toBeLessThan(names.length);
  const answers = await Promise.all(saves);
  expect(answers.every(Boolean), `acknowledged: ${answers.join(", ")}`).toBe(true);
  expect(await stopping).toBe(0);

  await start();
  expectIntact(await backupTables(base, "admin@example.org", DEMO_PASSWORD, DEMO_TOTP_SECRET), names, "Graceful ");
}, 180_000);
