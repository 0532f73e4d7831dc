// The embedded PostgreSQL: PGlite (Postgres compiled to Wasm) in a data directory this process
// owns, served over a unix socket in that directory so the app reaches it with the same driver
// (pg + @prisma/adapter-pg) as a real PostgreSQL server. On disk it is durable: a commit is on the
// disk before it is answered (durable-fs.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DURABLE_START_PARAMS, DurableNodeFS, flushTree, type Flushes } from "./durable-fs";
import { lockDataDirectory } from "./lock";

export interface EmbeddedDatabase {
  /** A postgresql:// URL reaching the socket. */
  url: string;
  /** The flushes to disk so far (null in memory): the durability test counts them against commits. */
  flushes: Flushes | null;
  /** The database itself, in this process: the benchmark compares it with the socket (scripts/bench/embedded-transport.ts). */
  pglite: PGlite;
  close(): Promise<void>;
}

// PGlite is one Postgres backend: statements from several connections interleave on it, so the
// unnamed prepared statements of two clients could clobber each other. One connection at a time.
export const EMBEDDED_MAX_CONNECTIONS = 1;
// ...but the socket takes a few more: node-postgres's pool closes its connection after any failed
// query (a unique-key violation too) and opens a new one at once, which arrives before the socket
// server has seen the old one close. Refused, the next query failed with EPIPE. The app's pool
// still holds one connection at most; the spare slots only ever hold connections being closed.
const SOCKET_SPARE_CONNECTIONS = 3;

/**
 * Opens (creating if needed) the embedded database. With `dataDir` undefined the database lives in
 * memory only (tests). Throws DataDirectoryInUseError when another process owns the directory.
 */
export async function openEmbeddedDatabase(options: {
  dataDir?: string;
  command: string;
  /** In memory only: start from this copy of a data directory (PGlite's dumpDataDir), not a new cluster. */
  from?: Blob;
}): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  const release = dataDir ? lockDataDirectory(dataDir, options.command) : () => {};
  try {
    const socketDir = socketDirectory(dataDir);
    const socketPath = path.join(socketDir, ".s.PGSQL.5432");
    fs.rmSync(socketPath, { force: true }); // left behind by a killed owner
    const pgdata = dataDir && path.join(dataDir, "pgdata");
    // On disk, every commit reaches the disk before it is answered (durable-fs.ts); in memory
    // (tests) there is no disk to reach.
    const durableFs = pgdata ? new DurableNodeFS(pgdata) : null;
    const created = pgdata && !fs.existsSync(path.join(pgdata, "PG_VERSION"));
    const db = await PGlite.create({
      extensions: { unaccent, pg_trgm },
      ...(durableFs && { fs: durableFs, startParams: DURABLE_START_PARAMS }),
      ...(!dataDir && options.from && { loadDataDir: options.from }),
    });
    if (created) flushTree(pgdata);
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: EMBEDDED_MAX_CONNECTIONS + SOCKET_SPARE_CONNECTIONS });
    await server.start();
    fs.chmodSync(socketPath, 0o600);
    return {
      url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
      flushes: durableFs?.flushes ?? null,
      pglite: db,
      async close() {
        await server.stop();
        await db.close();
        if (!dataDir) fs.rmSync(socketDir, { recursive: true, force: true });
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function socketDirectory(dataDir: string | undefined): string {
  // Unix socket paths are limited to ~107 bytes; fall back to a private temporary directory.
  if (dataDir) {
    const dir = path.join(path.resolve(dataDir), "run");
    if (dir.length < 90) {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      return dir;
    }
  }
  return fs.mkdtempSync(path.join(os.tmpdir(), "pr-db-"));
}
