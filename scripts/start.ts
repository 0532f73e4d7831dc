// npm start: builds the app if needed, opens the database (embedded unless DATABASE_URL is set),
// applies pending migrations, seeds an empty embedded database with the demo data, then serves.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { openDatabase, sessionSecret } from "../lib/database";
import { holdsNoRecords } from "../lib/database/empty";
import { migrate } from "../lib/database/migrate";
import { runCli } from "./cli";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
/** Node's arguments to run one of these scripts, as `npm start` itself runs. */
const script = (file: string) => ["--import", "tsx", path.join(import.meta.dirname, file)];

await runCli(async (env) => {
  const secret = sessionSecret(env);
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No build found: building the app once (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const owner = `npm start (port ${env.PORT})`;
  let database = await openDatabase(env, owner);
  const applied = await migrate(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  // This process holds the database for as long as the app runs, so the demo data is loaded by a
  // process of its own (npm run db:seed's script, over the socket; not spawnSync: this process's
  // event loop serves its queries), and the database is then opened afresh: PGlite's WebAssembly
  // memory only grows, and loading grows it. The first start idles about 160 MB lighter for it.
  if (database.embedded && (await holdsNoRecords(database.url))) {
    const seed = spawn(process.execPath, script("seed.ts"), { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret } });
    const [code] = await once(seed, "exit");
    if (code !== 0) throw new Error("Loading the demo data failed (see above); nothing is served.");
    await database.close();
    database = await openDatabase(env, owner);
  }

  // Node flags for the server alone: the benchmarks' profiler passes --cpu-prof here, which
  // NODE_OPTIONS refuses.
  const serverFlags = process.env.SERVER_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...serverFlags, ...script("serve.ts")], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      // React and Next.js choose their production builds by it, before any code of ours runs.
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      // The demo portfolio is the ILO regional unit's: its IATI file is reported as the ILO's. The
      // embedded database is backed up by the app itself, daily, beside it unless told elsewhere.
      // Its unit sits in Bangkok: its days begin there.
      ...(database.embedded && {
        TIME_ZONE: env.TIME_ZONE ?? "Asia/Bangkok",
        IATI_ORGANISATION_ID: env.IATI_ORGANISATION_ID ?? "XM-DAC-41302",
        IATI_ORGANISATION_NAME: env.IATI_ORGANISATION_NAME ?? "International Labour Organization",
        BACKUP_DIR: env.BACKUP_DIR ?? path.join(path.resolve(env.DATA_DIR), "backups"),
      }),
    },
  });
  console.log(`Serving on http://localhost:${env.PORT} (${database.embedded ? `embedded database in ${env.DATA_DIR}` : "PostgreSQL at DATABASE_URL"})`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  const [code, signal] = (await once(server, "exit")) as [number | null, NodeJS.Signals | null];
  await database.close();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
