// An app instance of a test file's own, beside the project's shared one: for tests that kill it
// (crash.test.ts) or run it with other settings (second-factor-step-up.test.ts). Same build, same
// database kind as the project, a fresh database and the demo data.
import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { createServerDatabase } from "../support/database";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, freePort, run, waitUntilServing } from "./app";

export const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** The exit code (null when a signal ended it), however long ago it exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  return running(child) ? new Promise((resolve) => child.once("exit", (code) => resolve(code))) : Promise.resolve(child.exitCode);
}

/** Starts the app before the file's tests (with `settings` added to its environment) and stops it after them. */
export function ownAppPerFile(settings: Record<string, string> = {}) {
  const kind = inject("databaseKind");
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `pr-own-${kind}-`));
  const logFile = path.join(workDir, "app.log");
  const log = fs.createWriteStream(logFile);
  const own = { base: "", app: undefined as ChildProcess | undefined };
  let env: NodeJS.ProcessEnv;
  let dropDatabase = async () => {};

  /** Starts (or starts again, after a test stopped it) the launcher, in a process group of its own. */
  async function start() {
    own.app = run("scripts/start.ts", env, log, { detached: true });
    await waitUntilServing(own.base, own.app, logFile);
  }

  beforeAll(async () => {
    const port = await freePort();
    own.base = `http://localhost:${port}`;
    env = { ...process.env, PORT: String(port), DEMO_PASSWORD, DEMO_TOTP_SECRET, NEXTAUTH_URL: own.base, JOBS_EVERY_MINUTES: "0", ...settings };
    delete env.DATABASE_URL;
    delete env.NEXTAUTH_SECRET;
    if (kind === "postgres") {
      const database = await createServerDatabase();
      dropDatabase = database.drop;
      Object.assign(env, { DATABASE_URL: database.url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex") });
      const code = await exited(run("scripts/seed.ts", env, log));
      if (code !== 0) throw new Error(`Seeding failed; see ${logFile}`);
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
    if (own.app?.pid && running(own.app)) {
      process.kill(-own.app.pid, "SIGTERM");
      await exited(own.app);
    }
    await dropDatabase();
    await new Promise((resolve) => log.end(resolve));
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  return Object.assign(own, { start });
}
