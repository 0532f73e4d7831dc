// An embedded data directory must be owned by exactly one process: two PGlite instances on one
// directory both "work" and silently lose each other's writes. The owner writes a lock file
// holding its pid; a second process is refused with the owner's details. A lock whose process is
// gone (a crash, SIGKILL) is taken over.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${owner.pid} (${owner.command}) on ${owner.hostname}, ` +
        `started at ${owner.startedAt}. Stop that process first, or set DATA_DIR to another directory.`,
    );
    this.name = "DataDirectoryInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return null; // vanished or half-written: treated as stale
  }
}

/** Takes the lock or throws DataDirectoryInUseError. Returns the function that releases it. */
export function lockDataDirectory(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, "owner.lock");
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx", mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      // A process on another host (a shared volume) cannot be checked: assume it is alive.
      if (owner && (owner.hostname !== me.hostname || isAlive(owner.pid))) {
        throw new DataDirectoryInUseError(dataDir, owner);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}; try again.`);
}
