// Where benchmark data lives: an embedded database in bench/.data/embedded, or a database named
// partnerships_bench on the server BENCH_DATABASE_URL names (a user that may create databases).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type BenchDatabase = "embedded" | "postgres";
export const BENCH_DIR = path.resolve("bench/.data");
export const BENCH_PASSWORD = "bench-password-for-benchmarks";
export const BENCH_PARTNER = "partner@bench.example";
const DB_NAME = "partnerships_bench";

export function parseArgs(argv = process.argv.slice(2)) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const database = (value("database") ?? "embedded") as BenchDatabase;
  if (database !== "embedded" && database !== "postgres") throw new Error("--database is embedded or postgres");
  const scale = Number(value("scale") ?? "1");
  if (!(scale > 0 && scale <= 10)) throw new Error("--scale is a number above 0, at most 10");
  return { database, scale, duration: Number(value("duration") ?? "10"), connections: Number(value("connections") ?? "20"), skipSeed: argv.includes("--no-seed") };
}

export function serverUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL server URL (a user that may create databases) to benchmark on PostgreSQL.");
  return url;
}

export function benchDatabaseUrl(): string {
  const url = new URL(serverUrl());
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

/** A new, empty bench database on the server (the old one is dropped). */
export async function recreateServerDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  return benchDatabaseUrl();
}

export const embeddedDir = () => path.join(BENCH_DIR, "embedded");

/** The app's environment on the bench database. */
export function benchAppEnv(database: BenchDatabase): Record<string, string> {
  return database === "embedded"
    ? { DATA_DIR: embeddedDir() }
    : { DATABASE_URL: benchDatabaseUrl(), NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00", DATABASE_POOL_MAX: "10" };
}
const markerFile = (database: BenchDatabase) => path.join(BENCH_DIR, `${database}.json`);

export function readMarker(database: BenchDatabase): { scale: number } | null {
  try {
    return JSON.parse(fs.readFileSync(markerFile(database), "utf8"));
  } catch {
    return null;
  }
}

export function writeMarker(database: BenchDatabase, data: object) {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  fs.writeFileSync(markerFile(database), JSON.stringify(data, null, 2));
}
