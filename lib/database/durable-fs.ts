// PGlite's file system for a data directory on disk, made to reach the disk when PostgreSQL says so.
// PGlite mounts the directory through Emscripten's NODEFS, whose files have no fsync: PostgreSQL's
// fsync() calls (the WASI fd_sync) did nothing, and PGlite starts PostgreSQL with -F (fsync off)
// besides. So a commit was acknowledged with its WAL only in the operating system's cache. Here
// every fsync PostgreSQL asks for is a real one on the file's descriptor, and the embedded launcher
// starts PostgreSQL with fsync on and wal_sync_method=fsync (Emscripten's fdatasync is a no-op),
// so PostgreSQL's own rules hold: a commit's WAL is flushed before the commit is answered, and a
// checkpoint flushes the data files before it lets older WAL go (docs/decisions/014-durable-embedded-database.md).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** What PostgreSQL was asked to start with: PGlite's own parameters, without -F (fsync off). */
export const DURABLE_START_PARAMS = [...PGlite.defaultStartParams.filter((p) => p !== "-F"), "-c", "fsync=on", "-c", "wal_sync_method=fsync", "-c", "synchronous_commit=on"];

/** Flushes done so far: of the write-ahead log, and of everything else (data files, directories, pg_control). */
export interface Flushes {
  wal: number;
  other: number;
}

interface EmscriptenStream {
  path: string;
  nfd: number;
}

interface EmscriptenModule {
  FS: { filesystems: { NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } } } };
}

export class DurableNodeFS extends NodeFS {
  readonly flushes: Flushes = { wal: 0, other: 0 };

  async init(...args: Parameters<NodeFS["init"]>): ReturnType<NodeFS["init"]> {
    const { emscriptenOpts } = await super.init(...args);
    const flushes = this.flushes;
    const addFsync = (module: EmscriptenModule) => {
      module.FS.filesystems.NODEFS.stream_ops.fsync = (stream) => {
        fs.fsyncSync(stream.nfd);
        if (stream.path.includes("/pg_wal/")) flushes.wal++;
        else flushes.other++;
        return 0;
      };
    };
    const preRun = [emscriptenOpts.preRun ?? []].flat() as ((module: never) => void)[];
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...preRun, addFsync] as never } };
  }
}

/**
 * Flushes every file and directory under `dir` (bottom up), and `dir`'s own entry in its parent. For
 * a data directory just made by initdb, which writes without flushing: from then on PostgreSQL
 * flushes what it writes.
 */
export function flushTree(dir: string, top = true): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) flushTree(entryPath, false);
    else if (entry.isFile()) flush(entryPath);
  }
  flush(dir);
  if (top) flush(path.dirname(dir));
}

function flush(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
