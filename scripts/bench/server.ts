// The app under test: the launcher (`scripts/start.ts`) on a free port, its processes' CPU and
// memory read from /proc, and signing in over HTTP as next-auth's form does.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  process: ChildProcess;
  /** What the app has printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** The app through its launcher; `node` adds flags to the Next.js server's (--cpu-prof). */
export async function startServer(env: Record<string, string>, node: string[] = []): Promise<Server> {
  return start(() => ["--import", "tsx", "scripts/start.ts"], { ...env, SERVER_NODE_FLAGS: node.join(" ") }, "/sign-in");
}

/** The control app (bench/control), built beforehand. */
export async function startControl(): Promise<Server> {
  return start((port) => ["node_modules/next/dist/bin/next", "start", "bench/control", "-p", String(port)], {}, "/");
}

async function start(args: (port: number) => string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = await freePort();
  // Only what the caller names decides the database: not what this process set for itself.
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "DATABASE_POOL_MAX"]) delete inherited[name];
  const child = spawn(process.execPath, args(port), {
    env: { ...inherited, ...env, PORT: String(port), JOBS_EVERY_MINUTES: "0", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited:\n${output}`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    process: child,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** The pid and every descendant's. */
export function processTree(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return [pid, ...children.flatMap(processTree)];
}

const TICKS = 100; // USER_HZ on Linux
const PAGE = 4096;

/** CPU ticks and resident memory of each process still running. */
function usage(pids: number[]) {
  const ticks = new Map<number, number>();
  let rss = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
      rss += Number(fields[21]) * PAGE;
    } catch {
      // the process ended
    }
  }
  return { ticks, rss };
}

/**
 * CPU seconds the processes spent between two readings: each one's own difference, so a database
 * backend that starts or ends in between neither adds its past nor takes away what it had used.
 */
function cpuSecondsBetween(before: ReturnType<typeof usage>, after: ReturnType<typeof usage>) {
  let ticks = 0;
  for (const [pid, now] of after.ticks) ticks += now - (before.ticks.get(pid) ?? 0);
  return ticks / TICKS;
}

/** A local PostgreSQL server's processes (a remote one's CPU cannot be read: none). */
export function postgresPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Which processes are the app's and which the database's, for CPU per request. */
export interface Processes {
  app: () => number[];
  database: () => number[];
}

/**
 * Samples the processes while `work` runs: CPU seconds of the app's and the database's, CPU use (%
 * of one core) and peak RSS of both together. The lists are read again at the end, so a database
 * backend started during the run counts.
 */
export async function measure<T>(processes: Processes, work: () => Promise<T>) {
  const all = () => [...processes.app(), ...processes.database()];
  const app0 = usage(processes.app());
  const db0 = usage(processes.database());
  let peak = usage(all()).rss;
  const timer = setInterval(() => (peak = Math.max(peak, usage(all()).rss)), 100);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const appSeconds = cpuSecondsBetween(app0, usage(processes.app()));
    const databaseSeconds = cpuSecondsBetween(db0, usage(processes.database()));
    return {
      result,
      appSeconds,
      databaseSeconds,
      cpuPercent: Math.round(((appSeconds + databaseSeconds) / seconds) * 100),
      peakRssMb: Math.round(Math.max(peak, usage(all()).rss) / 1_048_576),
    };
  } finally {
    clearInterval(timer);
  }
}
