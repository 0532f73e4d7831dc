// Hostile Server Action requests at every action the build has: a forged or missing previous state,
// something else in the form's place, a form posted as if the page's scripts had not run, broken or
// unknown arguments, a wrong content type, another site's origin. Each is answered with a 4xx or an
// ordinary refusal: never a 5xx, never an action that failed on the server (an error row, which the
// browser shows as "Something went wrong"). The forms sent are empty, so nothing can be written;
// the caller is a manager (who may write almost nothing) or nobody.
import fs from "node:fs";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { actionsOfBuild, signInCookie } from "@/scripts/http";
import { DEMO_PASSWORD } from "./app";
import { url } from "./browser";

const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { workers: Record<string, unknown> }> };
const actions = actionsOfBuild().map(({ id, name }) => ({ id, name, page: pageOf(Object.keys(manifest.node[id].workers)[0]) }));

/** A page that uses the action ("app/(app)/agreements/[id]/page" → "/agreements/none"). */
function pageOf(worker: string): string {
  const path = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, "none");
  return path || "/";
}

interface Hostile {
  headers: Record<string, string>;
  body: BodyInit;
}

const multipart = (args: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("0", args);
  return form;
};

/** The ways a request can be forged, each for the action `id`. */
const VARIANTS: Record<string, (id: string) => Hostile> = {
  "a null previous state": (id) => ({ headers: { "next-action": id }, body: multipart(JSON.stringify([null, "$K1"])) }),
  "a forged previous state": (id) => ({ headers: { "next-action": id }, body: multipart(JSON.stringify([{ attempt: "many", values: 5, result: [] }, "$K1"])) }),
  "the form alone, no state": (id) => ({ headers: { "next-action": id }, body: multipart(JSON.stringify(["$K1"])) }),
  "a string where the form goes": (id) => ({ headers: { "next-action": id }, body: multipart(JSON.stringify([{}, "not a form"])) }),
  "no arguments": (id) => ({ headers: { "next-action": id }, body: multipart("[]") }),
  "a form posted as if the page's scripts had not run": (id) => ({ headers: {}, body: multipart("[]", { [`$ACTION_ID_${id}`]: "" }) }),
  "broken bound arguments of such a form": () => ({ headers: {}, body: multipart("[]", { $ACTION_REF_1: "", "$ACTION_1:0": "{broken" }) }),
  "broken JSON arguments": (id) => ({ headers: { "next-action": id }, body: multipart("[{") }),
  "arguments as broken text": (id) => ({ headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, body: "garbage" }),
  "arguments as text that is no list": (id) => ({ headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, body: '{"a":1}' }),
  "a reference to a part never sent": (id) => ({ headers: { "next-action": id }, body: multipart(JSON.stringify([{}, "$Q1"])) }),
  "a promise reference": (id) => ({ headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, body: JSON.stringify(["$@1"]) }),
  "JSON instead of a form": (id) => ({ headers: { "next-action": id, "content-type": "application/json" }, body: "[null]" }),
  "XML instead of a form": (id) => ({ headers: { "next-action": id, "content-type": "text/xml" }, body: "<a/>" }),
  "a multipart type without its boundary": (id) => ({ headers: { "next-action": id, "content-type": "multipart/form-data" }, body: "--x\r\n" }),
  "another site's origin": (id) => ({ headers: { "next-action": id, origin: "https://attacker.example" }, body: multipart(JSON.stringify([null, "$K1"])) }),
  "a sandboxed page's origin": (id) => ({ headers: { "next-action": id, origin: "null" }, body: multipart(JSON.stringify([null, "$K1"])) }),
};

let manager = "";

beforeAll(async () => {
  manager = await signInCookie(url(""), "manager@example.org", DEMO_PASSWORD);
});

async function send(action: (typeof actions)[number], variant: string, cookie: string) {
  const { headers, body } = VARIANTS[variant](action.id);
  const response = await fetch(url(action.page), {
    method: "POST",
    headers: { cookie, origin: url("").replace(/\/$/, ""), accept: "text/x-component", ...headers },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const context = `${action.name} on ${action.page}, ${variant}: ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeLessThan(500);
  expect(/^\d+:E\{/m.test(text), context).toBe(false);
}

it("every action of the build answers every forged request with a 4xx or a refusal, never a server error", async () => {
  expect(actions.length).toBeGreaterThan(50);
  for (const action of actions) {
    for (const variant of Object.keys(VARIANTS)) await send(action, variant, manager);
  }
}, 600_000);

it("so do random actions, forgeries and callers", async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...actions), fc.constantFrom(...Object.keys(VARIANTS)), fc.boolean(), async (action, variant, signedIn) => {
      await send(action, variant, signedIn ? manager : "");
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) * 4 },
  );
}, 600_000);
