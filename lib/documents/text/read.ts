// Reads a document in a process of its own: a heap limit (READ_HEAP_MB) and a time limit
// (READ_TIMEOUT_MS), so a hostile file (a zip bomb, a huge scan, pdf.js looping) costs that process
// and never the app's. The process runs with tsx, as `npm start` runs the scripts; spawned with an IPC
// channel rather than fork()ed, since Turbopack takes fork()'s path for a module to bundle (next.js#97952).
import { spawn } from "node:child_process";
import path from "node:path";
import { READ_HEAP_MB, READ_TIMEOUT_MS, type TextProblem } from "./limits";

export type Reading = { pages: string[] } | { problem: TextProblem };

const SCRIPT = path.join(process.cwd(), "lib", "documents", "text", "read-process.ts");

export function readInOwnProcess(bytes: Uint8Array, mediaType: string, timeoutMs = READ_TIMEOUT_MS): Promise<Reading> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `--max-old-space-size=${READ_HEAP_MB}`, SCRIPT], {
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let answer: Reading | null = null;
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      answer ??= { problem: "timeout" };
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("message", (message: Reading) => (answer ??= message));
    child.on("exit", () => {
      clearTimeout(timer);
      // No answer: the process died, of its heap limit or of a crash in what it was reading.
      resolve(answer ?? { problem: /heap out of memory|Allocation failed|RangeError: Array buffer allocation/i.test(stderr) ? "memory" : "malformed" });
    });
    child.send({ bytes, mediaType });
  });
}
