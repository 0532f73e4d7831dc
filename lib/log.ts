// Server logs: one JSON object per line, so a log collector can parse and search them. Before a
// line is written, whatever could open an account or name a person is masked: values under keys
// such as password, token, cookie or email, email addresses and long token-like strings in text.
// Users never see these lines; an error page shows only its reference (`ref`), which is here.
import { format } from "node:util";

export type Level = "debug" | "info" | "warn" | "error";

const SECRET_KEY = /pass(word)?|secret|token|cookie|authori[sz]ation|session|csrf|email|^to$|^ip(address)?$/i;
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
// 32+ characters of base64url or hex: one-time link and feed tokens, hashes, JWTs. (Record ids,
// 25-character cuids, stay readable: ids are what a log is for.)
const TOKEN = /\b[A-Za-z0-9_-]{32,}(?:\.[A-Za-z0-9_-]{10,}){0,2}\b/g;

export function maskText(text: string): string {
  return text.replace(EMAIL, "[email]").replace(TOKEN, "[token]");
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskText(value);
  if (value instanceof Error) return { name: value.name, message: maskText(value.message), stack: value.stack && maskText(value.stack) };
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return "[nested]";
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[hidden]" : redact(v, depth + 1)]));
}

/** Writes one JSON line: errors and warnings to stderr, the rest to stdout. */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg: maskText(message), ...(redact(fields) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

/** Routes console output (Next.js's own included) through `log`, so every server line is JSON. */
export function routeConsoleToJson(): void {
  const levels = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug" } as const;
  for (const [method, level] of Object.entries(levels)) {
    console[method as keyof typeof levels] = (...args: unknown[]) => {
      const errors = args.filter((a): a is Error => a instanceof Error);
      log(level, format(...args.map((a) => (a instanceof Error ? a.message : a))), errors.length ? { error: errors[0] } : {});
    };
  }
}

/** The `onRequestError` hook: the failed request, under the reference its error page shows. */
export function logRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath: string; routeType: string },
): void {
  const digest = (error as { digest?: unknown })?.digest;
  log("error", "request failed", {
    ref: typeof digest === "string" ? digest : undefined,
    method: request.method,
    // The path without its query: search terms and filters may hold names.
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    error: error instanceof Error ? error : String(error),
  });
}
