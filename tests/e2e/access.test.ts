// Access control, exhaustively: every route and every Server Action of the build, asked over HTTP
// by every role (and by nobody), must answer as the policy module says (access-rules.ts). A route
// or action the build has and the rules do not is a failure: it has no policy decision yet.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { signInCookie } from "@/scripts/http";
import { ACTIONS, PARTNER_EMAIL, ROUTES, viewerOf, WHO, type Outcome, type Samples, type Who } from "./access-rules";
import { adminCookie } from "./admin-session";
import { DEMO_PASSWORD } from "./app";
import { url } from "./browser";
import { actionsOfBuild, callAction } from "@/scripts/http";

const routesOfBuild = Object.values(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>);
const buildActions = actionsOfBuild();

const EMAILS: Record<Exclude<Who, "ANONYMOUS">, string> = {
  ADMIN: "admin@example.org",
  OFFICER: "officer@example.org",
  MANAGER: "manager@example.org",
  PARTNER: PARTNER_EMAIL,
  OFFICER_JAKARTA: "officer2@example.org",
  MANAGER_JAKARTA: "manager2@example.org",
};
const cookies = new Map<Who, string>([["ANONYMOUS", ""]]);
/** Each role's personal access token, made through the account page's action. */
const tokens = new Map<Who, string>();
let samples: Samples;

/** What a response means to the one who asked. */
function outcomeOf(response: Response): Outcome | `status ${number}` {
  if (response.status === 200) return "ok";
  if (response.status === 404) return "not-found";
  if (response.status === 401) return "sign-in";
  if (response.status === 403) return "forbidden";
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    const to = new URL(location, url("/")).pathname;
    if (to === "/sign-in") return "sign-in";
    if (to.startsWith("/agreements")) return "staff-pages";
    return `to ${to}`;
  }
  return `status ${response.status}`;
}

async function get(who: Who, path: string, token = false): Promise<Response> {
  const bearer = tokens.get(who);
  const headers: Record<string, string> = token ? (bearer ? { authorization: `Bearer ${bearer}` } : {}) : { cookie: cookies.get(who)! };
  return fetch(url(path), { headers, redirect: "manual" });
}

async function html(who: Who, path: string): Promise<string> {
  const response = await get(who, path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The id in the first `href="/<base>/<id>"` link whose text is `label`. */
function linkId(page: string, base: string, label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = page.match(new RegExp(`href="/${base}/([\\w-]+)"[^>]*>${escaped}<`));
  if (!match) throw new Error(`No link to ${base} "${label}"`);
  return match[1];
}

/** The first hidden `actionItemId` after the item's description on a meeting page. */
function actionItemId(page: string, description: string): string {
  const after = page.slice(page.indexOf(description));
  return after.match(/name="actionItemId" value="([\w-]+)"/)![1];
}

/** A Server Action called as `who`. */
const callAs = (who: Who, id: string, page: string, fields: Record<string, string | File>) => callAction(url(""), cookies.get(who)!, id, page, fields);

type Answer = { ok?: boolean; denied?: boolean; id?: string; result?: Answer } | null | undefined;
const resultOf = (answer: unknown) => {
  const a = answer as Answer;
  return a && typeof a === "object" && "result" in a ? a.result : a;
};

beforeAll(async () => {
  for (const [who, email] of Object.entries(EMAILS)) cookies.set(who as Who, who === "ADMIN" ? await adminCookie() : await signInCookie(url(""), email, DEMO_PASSWORD));
  const createToken = buildActions.find((a) => a.name === "createApiTokenAction")!;
  for (const who of Object.keys(EMAILS) as Who[]) {
    const { answer } = await callAs(who, createToken.id, who === "PARTNER" ? "/portal/account" : "/account", { name: "access test", days: "30" });
    const token = (answer as { token?: string }).token;
    expect(token, JSON.stringify(answer)).toMatch(/^prt_/);
    tokens.set(who, token!);
  }

  const list = await html("OFFICER", "/agreements?q=ILO");
  const agreement = {
    own: linkId(list, "agreements", "ILO/Japan Multi-bilateral Programme"),
    other: linkId(list, "agreements", "ILO/ASEAN Cooperation Agreement"),
    jakarta: linkId(list, "agreements", "ILO-BP public-private partnership for Papuan youth employability"),
  };
  const meeting = {
    own: linkId(await html("OFFICER", `/agreements/${agreement.own}`), "meetings", "ILO/Japan annual programme meeting 2026"),
    other: linkId(await html("OFFICER", `/agreements/${agreement.other}`), "meetings", "ILO/ASEAN yearly review 2025"),
  };
  const projects = await html("OFFICER", "/projects");
  const project = { own: linkId(projects, "projects", "Social protection for ASEAN workers"), other: linkId(projects, "projects", "Better Work Viet Nam") };
  const statusReport = (await html("OFFICER", `/projects/${project.own}`)).match(/href="\/projects\/([\w-]+)\/reports\/([\w-]+)\/edit"/)!;
  const actionItem = {
    own: actionItemId(await html("OFFICER", `/meetings/${meeting.own}`), "Confirm the 2027 contribution"),
    other: actionItemId(await html("OFFICER", `/meetings/${meeting.other}`), "Share ASEAN labour statistics"),
  };

  // A document shared with partners on each agreement, attached by the officer through the upload action.
  const upload = buildActions.find((a) => a.name === "uploadDocumentAction")!;
  const pdf = () => new File(["%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"], "access-note.pdf", { type: "application/pdf" });
  const attach = async (id: string) => {
    const { answer } = await callAs("OFFICER", upload.id, `/agreements/${id}`, { parentType: "agreement", parentId: id, file: pdf(), sharedWithPartners: "on" });
    const result = resultOf(answer);
    expect(result?.ok, JSON.stringify(answer)).toBe(true);
    return result!.id!;
  };
  // A final report the partner (Japan) owes on its own project, set by the officer through the requirement form; the
  // other report is ASEAN's financial report on the same project, from the demo.
  const require = buildActions.find((a) => a.name === "saveRequirementAction")!;
  const japan = (await html("OFFICER", `/projects/${project.own}`)).match(/<option value="([\w-]+)">Government of Japan<\/option>/)![1];
  const required = await callAs("OFFICER", require.id, `/projects/${project.own}`, { projectId: project.own, organisationId: japan, kind: "FINAL", everyMonths: "", firstDueOn: "2027-06-30", lastDueOn: "" });
  expect(resultOf(required.answer)?.ok, JSON.stringify(required.answer)).toBe(true);
  const reporting = await html("OFFICER", `/projects/${project.own}`);
  const report = { own: linkId(reporting, "reports", "Final report"), other: linkId(reporting, "reports", "Financial report") };
  samples = {
    report,
    agreement,
    meeting,
    project,
    actionItem,
    document: { own: await attach(agreement.own), other: await attach(agreement.other) },
    organisation: linkId(await html("OFFICER", "/partners"), "partners", "Asian Development Bank"),
    user: linkId(await html("ADMIN", "/admin/users"), "admin/users", "Omar Officer"),
    statusReport: { project: statusReport[1], id: statusReport[2] },
    opportunity: linkId(await html("OFFICER", "/pipeline"), "pipeline", "ILO/Korea Partnership Programme, next phase (invented)"),
  };
}, 120_000);

describe("every route of the build", () => {
  it("has a policy decision in the access rules, and the rules name no route the build lacks", () => {
    expect(routesOfBuild.filter((route) => !(route in ROUTES)), "routes without a rule").toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !routesOfBuild.includes(route)), "rules for routes that are gone").toEqual([]);
  });

  const routes = Object.entries(ROUTES).flatMap(([route, rule]) => (typeof rule === "function" ? [{ route, rule }] : []));
  describe.each(WHO)("asked by %s", (who) => {
    it.each(routes)("$route answers as the policy says", async ({ rule }) => {
      for (const { path, token, expected } of rule(samples)) {
        const response = await get(who, path, token);
        await response.body?.cancel();
        expect(outcomeOf(response), `${who} GET ${path}${token ? " with a token" : ""}`).toBe(expected(viewerOf(who)));
      }
    });
  });
});

describe("every Server Action of the build", () => {
  it("has a policy decision in the access rules, and the rules name no action the build lacks", () => {
    const names = buildActions.map((a) => a.name);
    expect(names.filter((name) => !(name in ACTIONS)), "actions without a rule").toEqual([]);
    expect(Object.keys(ACTIONS).filter((name) => !names.includes(name)), "rules for actions that are gone").toEqual([]);
  });

  describe.each(WHO)("called by %s", (who) => {
    it.each(buildActions)("$name lets through only whom the policy allows", async ({ id, name }) => {
      for (const call of ACTIONS[name](samples)) {
        const viewer = viewerOf(who);
        const { status, answer, text } = await callAs(who, id, call.page, call.fields);
        const context = `${who} → ${name} on ${call.page}: ${text.slice(0, 600)}`;
        expect(status, context).toBeLessThan(500);
        const result = resultOf(answer);
        // Refused: a `denied` answer (or none at all, for the calendar feed without a session).
        const refused = result === null || result?.denied === true;
        expect(refused, context).toBe(!call.allowed(viewer));
      }
    });
  });
});
