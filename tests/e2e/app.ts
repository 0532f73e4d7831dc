// Starts the built app the way a user does (npm start's launcher) on a fresh database, for one
// e2e project: the embedded database in a temporary data directory, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createServerDatabase, type DatabaseKind } from "../support/database";

export const DEMO_PASSWORD = "e2e-demo-password-0123";
/** The demo administrator's authenticator app (DEMO_TOTP_SECRET): tests compute its codes. */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseKind: DatabaseKind;
    /** The running app's embedded data directory ("" on PostgreSQL). */
    dataDir: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** `detached`: in a process group of its own, so a test can kill the launcher and its server at once. */
export function run(script: string, env: NodeJS.ProcessEnv, log: fs.WriteStream, { detached = false } = {}): ChildProcess {
  // One process, as `npm start` runs it (the tsx binary would add a wrapper process).
  const child = spawn(process.execPath, ["--import", "tsx", script], { env, stdio: ["ignore", "pipe", "pipe"], detached });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  return child;
}

export async function waitUntilServing(url: string, app: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited early; see ${logFile}:\n${fs.readFileSync(logFile, "utf8")}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not start within 150 s; see ${logFile}`);
}

export async function startApp(project: TestProject, kind: DatabaseKind) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `pr-e2e-${kind}-`));
  const logFile = path.join(workDir, "app.log");
  const log = fs.createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    NEXTAUTH_URL: baseUrl,
    IATI_ORGANISATION_ID: "XM-DAC-41302",
    IATI_ORGANISATION_NAME: "International Labour Organization",
    PSEUDO_LOCALE: "1",
    // The tests count days as UTC does (the demo's own default, Asia/Bangkok, would make "today"
    // tomorrow for the last seven hours of a UTC day).
    TIME_ZONE: "UTC",
  };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;

  let dropDatabase = async () => {};
  if (kind === "postgres") {
    const database = await createServerDatabase();
    dropDatabase = database.drop;
    Object.assign(env, { DATABASE_URL: database.url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex") });
    const seed = run("scripts/seed.ts", env, log);
    const [code] = await new Promise<[number | null]>((resolve) => seed.once("exit", (c) => resolve([c])));
    if (code !== 0) throw new Error(`Seeding failed; see ${logFile}`);
  } else {
    env.DATA_DIR = path.join(workDir, "data");
  }

  const app = run("scripts/start.ts", env, log);
  await waitUntilServing(baseUrl, app, logFile);
  project.provide("baseUrl", baseUrl);
  project.provide("databaseKind", kind);
  project.provide("dataDir", env.DATA_DIR ?? "");

  return async () => {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    const forceKill = setTimeout(() => app.kill("SIGKILL"), 15_000);
    app.kill("SIGTERM");
    await exited;
    clearTimeout(forceKill);
    await dropDatabase();
    await new Promise((resolve) => log.end(resolve));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
