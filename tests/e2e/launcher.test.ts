// npm start's launcher, from the outside: what an operator sees when they get it wrong.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { url } from "./browser";

const run = promisify(execFile);

async function npmScript(script: string, env: Record<string, string | undefined>) {
  const clean = { ...process.env, ...env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete clean[key];
  return run(process.execPath, ["--import", "tsx", script], { env: clean, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

describe.runIf(inject("databaseKind") === "embedded")("on the embedded database", () => {
  it("refuses a second app and a migration on the running app's data directory, naming the owner; the first keeps serving", async () => {
    const dataDir = inject("dataDir");
    const noServer = { DATABASE_URL: undefined, DATA_DIR: dataDir, PORT: "1" };
    for (const script of ["scripts/start.ts", "scripts/migrate.ts", "scripts/seed.ts"]) {
      const second = await npmScript(script, noServer);
      expect(second.code, script).toBe(1);
      expect(second.output).toMatch(/The data directory .* is in use by process \d+ \(npm start \(port \d+\)\)/);
    }
    expect((await fetch(url("/sign-in"))).status).toBe(200);
  });
});

it("refuses to start on DATABASE_URL without a session secret, naming the variable", async () => {
  const result = await npmScript("scripts/start.ts", {
    DATABASE_URL: "postgresql://app@127.0.0.1:9/app",
    NEXTAUTH_SECRET: undefined,
  });
  expect(result.code).toBe(1);
  expect(result.output).toContain("NEXTAUTH_SECRET is not set");
});

it("refuses a bad setting with the variable's name", async () => {
  const result = await npmScript("scripts/start.ts", { PORT: "eighty", DATABASE_URL: undefined });
  expect(result.code).toBe(1);
  expect(result.output).toContain("PORT: must be a whole number from 1 to 65535");
});
