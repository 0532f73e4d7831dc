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
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  // Only what the caller names decides the database: not what this process set for itself.
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "DATABASE_POOL_MAX"]) delete inherited[name];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
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
      if ((await fetch(`${base}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    process: child,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** The pid and every descendant's. */
function processTree(pid: number): number[] {
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

function usage(pids: number[]) {
  let cpuTicks = 0;
  let rss = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpuTicks += Number(fields[11]) + Number(fields[12]); // utime, stime
      rss += Number(fields[21]) * PAGE;
    } catch {
      // the process ended
    }
  }
  return { cpuSeconds: cpuTicks / TICKS, rss };
}

/** Samples the server's processes while `work` runs: CPU use (% of one core) and peak RSS. */
export async function measure<T>(server: Server, work: () => Promise<T>) {
  const pids = processTree(server.process.pid!);
  const before = usage(pids);
  let peak = before.rss;
  const timer = setInterval(() => (peak = Math.max(peak, usage(pids).rss)), 100);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const after = usage(pids);
    return { result, cpuPercent: Math.round(((after.cpuSeconds - before.cpuSeconds) / seconds) * 100), peakRssMb: Math.round(Math.max(peak, after.rss) / 1_048_576) };
  } finally {
    clearInterval(timer);
  }
}
