// Client components get only some namespaces of the catalogue (lib/i18n/messages.ts): one asking
// for another would show its reader a key instead of words. This follows every "use client" module
// and what it imports inside the app, and checks each useTranslations call against the list.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

function clientModules(): Set<string> {
  const entries = ["app", "components"]
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((file) => path.join(ROOT, dir, file)))
    .filter((file) => /\.tsx?$/.test(file))
    .filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // Server Actions run on the server whatever imports them.
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const [, specifier] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolve(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

// useSay renders the messages writes return (lib/domain/action-result.ts) whatever their
// namespace: the test below holds those to the namespaces the browser gets.
const WHOLE_CATALOGUE = new Set(["lib/i18n/use-say.ts"]);

it("every namespace a client module translates with is sent to the browser", () => {
  const allowed = new Set<string>(CLIENT_NAMESPACES);
  const missing: string[] = [];
  for (const file of clientModules()) {
    if (WHOLE_CATALOGUE.has(path.relative(ROOT, file))) continue;
    const source = readFileSync(file, "utf8");
    for (const [, namespace] of source.matchAll(/useTranslations\(\s*(?:["'`]([^"'`]*)["'`])?\s*\)/g)) {
      const top = (namespace ?? "").split(".")[0];
      if (!allowed.has(top)) missing.push(`${path.relative(ROOT, file)}: ${namespace ? `"${namespace}"` : "the whole catalogue"}`);
    }
  }
  expect(missing).toEqual([]);
});

/** Every source file of the app, with its text. */
function sources(): [string, string][] {
  return ["app", "components", "lib"]
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(path.join("lib", "generated")))
    .map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]);
}

// Attention items, digests, notifications and emails are put into words on the server (getSay, say).
const SERVER_RENDERED = new Set(["attention", "digest", "notices", "mail", "feeds", "pdf"]);

it("every message a write returns names a key of the catalogue, in a namespace the browser gets", () => {
  const english = JSON.parse(readFileSync(path.join(ROOT, "messages/en.json"), "utf8")) as Record<string, unknown>;
  const has = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english) !== undefined;
  const wrong: string[] = [];
  for (const [file, source] of sources()) {
    // msg("ns.key") anywhere, and the schemas' "problems.key" strings (zod messages).
    for (const [, key] of [...source.matchAll(/msg\("([a-zA-Z]+\.[A-Za-z0-9.]+)"/g), ...source.matchAll(/"(problems\.[A-Za-z0-9]+)"/g)]) {
      const namespace = key.split(".")[0];
      if (!has(key)) wrong.push(`${file}: ${key} is not in the catalogue`);
      else if (!SERVER_RENDERED.has(namespace) && !(CLIENT_NAMESPACES as readonly string[]).includes(namespace)) wrong.push(`${file}: ${key} is not sent to the browser`);
    }
  }
  expect(wrong).toEqual([]);
});
