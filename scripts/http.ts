// Talking to the built app over plain HTTP, as a script or an attacker would: signing in as the
// sign-in form does, and calling Server Actions by the ids the build gave them. Used by the
// benchmarks, the load test and the end-to-end tests.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { codeAt } from "../lib/auth/second-factor/totp";

const STEP_MS = 30_000;

/**
 * A code of the authenticator app with `secret` that no earlier call on this machine handed out for
 * `email` at `base`: the app refuses a step used before (replay), and scripts and tests sign in
 * more often than every 30 seconds. The last step given is kept in a file; the app accepts one step
 * ahead of now, so at most every other call waits for the clock.
 */
export async function unusedTotpCode(base: string, email: string, secret: string): Promise<string> {
  const ledger = path.join(os.tmpdir(), `totp-ledger-${crypto.createHash("sha256").update(`${base} ${email}`).digest("hex").slice(0, 16)}`);
  const last = fs.existsSync(ledger) ? Number(fs.readFileSync(ledger, "utf8")) : 0;
  const now = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(now, last + 1);
  if (step > now + 1) await new Promise((r) => setTimeout(r, (step - 1) * STEP_MS - Date.now() + 100));
  fs.writeFileSync(ledger, String(step));
  return codeAt(secret, step * STEP_MS);
}

/**
 * Signs in as next-auth's credentials form does; returns the Cookie header of the session. With
 * `totpSecret`, proves the second factor too, as /second-factor does.
 */
export async function signInCookie(base: string, email: string, password: string, totpSecret?: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  if (totpSecret) {
    const code = await unusedTotpCode(base, email, totpSecret);
    const { answer } = await callAction(base, cookie(), actionId("proveCodeAction"), "/second-factor", { code });
    if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error(`The second factor of ${email} was refused: ${JSON.stringify(answer)}`);
  }
  return cookie();
}

/** A Cookie header (as signInCookie returns) as the cookies a browser context adds for `base`. */
export function browserCookies(header: string, base: string): { name: string; value: string; url: string }[] {
  return header.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: base }));
}

/** Every Server Action of the build: its id and exported name. */
export function actionsOfBuild(): { id: string; name: string }[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.entries(manifest.node).map(([id, action]) => ({ id, name: action.exportedName }));
}

export function actionId(name: string): string {
  const action = actionsOfBuild().find((a) => a.name === name);
  if (!action) throw new Error(`The build has no Server Action ${name}`);
  return action.id;
}

/**
 * Calls a Server Action the way React's client does (multipart: the form's fields as `_1_<name>`,
 * then the arguments as `0`), with `cookie`, from the app's own origin. Returns the action's
 * answer (row 1 of the response) and where it redirected, if it did.
 */
export async function callAction(base: string, cookie: string, id: string, page: string, fields: Record<string, string | File | File[]>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(`_1_${name}`, one);
  // Every action takes (previous state, form); the form states start as their forms start them.
  // The arguments come last: the server reads the fields they refer to as the body streams in.
  body.set("0", JSON.stringify([{ result: null, values: null, attempt: 0 }, "$K1"]));
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: { cookie, "next-action": id, origin: new URL(base).origin, accept: "text/x-component" },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  const answer = row ? withReferencesResolved(JSON.parse(row.slice(2))) : undefined;
  return { status: response.status, answer, text, redirect: response.headers.get("x-action-redirect") };
}

/**
 * Row 1 as the browser reads it: React's flight format sends an object that appears twice once, and
 * then a reference to where it first appeared ("$1:message:values"), which this puts back.
 */
function withReferencesResolved(root: unknown): unknown {
  const at = (path: string) => path.split(":").reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root);
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith("$1:")) return at(value.slice(3));
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
    return value;
  };
  return resolve(root);
}

export type Tables = Record<string, Record<string, unknown>[]>;

/**
 * Every table's rows, from the administrators' backup download (/admin/backup), signed in as
 * `adminEmail` (administrators have a second factor: `totpSecret` is their app's). Rows are parsed by JSON.parse: fine for checks, not for exact decimals.
 */
export async function backupTables(base: string, adminEmail: string, password: string, totpSecret: string): Promise<Tables> {
  const { gunzipSync } = await import("node:zlib");
  const admin = await signInCookie(base, adminEmail, password, totpSecret);
  const response = await fetch(`${base}/admin/backup`, { headers: { cookie: admin } });
  if (response.status !== 200) throw new Error(`The backup download answered ${response.status}.`);
  const tables: Tables = {};
  let current = "";
  for (const line of gunzipSync(Buffer.from(await response.arrayBuffer())).toString().split("\n").slice(1)) {
    if (line.startsWith("#table ")) tables[(current = line.slice(7))] = [];
    else if (line) tables[current].push(JSON.parse(line) as Record<string, unknown>);
  }
  return tables;
}
