// Every screen for every role, as a phone, a tablet and a desktop show it: each role's pages are
// found by following the links it is shown (one page per route), then each is checked for sideways
// scrolling at 360, 768 and 1280 px, and by axe-core (WCAG 2.2 A and AA rules) at 360 px, where
// the menu is collapsed, and at 1280 px, where the whole navigation shows. Forms showing their
// errors and lists with nothing to show are visited too. The walk is made in English and again in
// Arabic (right to left); and in the pseudo-language (lib/i18n/pseudo.ts), where every word of the
// interface is accented, bracketed and a third longer: there, the words a screen shows outside the
// brackets did not come from the catalogues, and a phone's screen must still not scroll sideways.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

const { browser } = browserPerFile();

const AXE = fs.readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const WIDTHS = [360, 768, 1280];
const MOST_PAGES_PER_ROLE = 80;

/** The build's routes of one kind, as patterns of their paths: pages, or route handlers (exports, files, feeds). */
function routesOfBuild(kind: "page" | "route"): RegExp[] {
  return Object.entries(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>)
    .filter(([file]) => file.endsWith(`/${kind}`))
    .map(([, route]) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/]+")}$`));
}
const PAGE_ROUTES = routesOfBuild("page");
/** A link to a route handler is a download, not a screen. */
const FILE_ROUTES = routesOfBuild("route");

/** The route a path belongs to, ids left out: one page per route is enough. */
function routeOf(pathname: string): string | undefined {
  if (FILE_ROUTES.some((r) => r.test(pathname))) return undefined;
  const route = PAGE_ROUTES.find((r) => r.test(pathname));
  return route && route.source;
}

/** How a walk reads the screens: in a language (with axe's checks), or in the pseudo-language. */
type Reading = "en" | "ar" | "pseudo";

/** What a screen gets wrong: sideways scrolling at each width, and axe's WCAG violations (or untranslated words). */
async function problemsOf(page: Page, reading: Reading = "en"): Promise<string[]> {
  const problems: string[] = [];
  if (reading === "pseudo") problems.push(...(await untranslated(page)));
  for (const width of reading === "pseudo" ? [360] : WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => {
      const by = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      // The elements reaching past an edge (innermost first), to say what to fix.
      const clipped = (e: Element) => e.parentElement?.closest("[class*=overflow-]") !== null;
      // Past the right edge, or (right to left) past the left one.
      const reaches = (e: Element) => {
        const box = e.getBoundingClientRect();
        return box.width > 1 && (box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5) && !clipped(e);
      };
      const past = [...document.body.querySelectorAll("*")].filter((e) => reaches(e) && ![...e.children].some(reaches));
      return { by, past: past.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 4).join(".")} "${e.textContent?.trim().slice(0, 30)}"`) };
    });
    if (overflow.by > 0) problems.push(`${width} px: scrolls sideways by ${overflow.by} px (${overflow.past.join("; ")})`);
    if (reading !== "pseudo" && (width === 360 || width === 1280)) problems.push(...(await axeViolations(page)).map((v) => `${width} px: ${v}`));
  }
  return problems;
}

/**
 * Words of the interface that are not in the pseudo-language: headings of sections, column heads,
 * legends, labels, buttons and alerts with letters but nothing from the catalogues (no ⟦ ⟧). What
 * people typed shows as it was typed, so titles (h1), choices of records (options, checkboxes)
 * and the English API reference (lang=en) are not looked at.
 */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("h2, h3, th, legend, label, button, summary, [role=alert], [role=status], nav a")]
      .filter((e) => !e.closest('[lang="en"]') && !e.querySelector("input[type=checkbox], input[type=radio]") && (e as HTMLElement).offsetParent !== null)
      .map((e) => (e as HTMLElement).innerText.trim())
      .filter((text) => /[A-Za-z]{3}/.test(text) && !text.includes("⟦"))
      .map((text) => `untranslated: "${text.slice(0, 60)}"`),
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")}`);
  });
}

/** Opens `path` and checks it; returns the same-origin links it shows. */
async function check(page: Page, path: string, problems: Map<string, string[]>, reading: Reading): Promise<string[]> {
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBeLessThan(400);
  const found = await problemsOf(page, reading);
  if (found.length) problems.set(path, found);
  return page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)));
}

// Beyond what the links lead to: lists with nothing to show.
const EMPTY_LISTS: Record<string, string[]> = {
  "officer@example.org": ["/projects?q=no-such-project", "/action-items?state=done&q=none"],
  "manager@example.org": ["/agreements?q=no-such-agreement", "/partners?q=no-such-partner"],
  "admin@example.org": ["/audit?q=no-such-event"],
  "asean@example.org": [],
};

const WALKS: [string, Reading][] = [
  ...Object.keys(EMPTY_LISTS).map((email): [string, Reading] => [email, "en"]),
  ["officer@example.org", "ar"],
  ["manager@example.org", "ar"],
  ["admin@example.org", "ar"],
  ["asean@example.org", "ar"],
  ...Object.keys(EMPTY_LISTS).map((email): [string, Reading] => [email, "pseudo"]),
];

// What a screen looks like does not depend on the database: walked once, on the embedded one.
describe.runIf(inject("databaseKind") === "embedded")("screens", () => {
  describe.each(WALKS)("%s reading %s", (email, reading) => {
    it(reading === "pseudo" ? "sees every word from the catalogues, and no phone screen that scrolls sideways" : "sees no page that scrolls sideways or breaks a WCAG 2.2 AA rule", async () => {
      const context = await browser().newContext({ bypassCSP: true });
      const page = await context.newPage();
      await signIn(page, email);
      // After signing in (the sign-in page would read in it too); none of these people saved a language.
      if (reading !== "en") await context.addCookies([{ name: "locale", value: reading, url: url("/") }]);
      const problems = new Map<string, string[]>();
      for (const path of EMPTY_LISTS[email]) await check(page, path, problems, reading);
      const seen = new Set<string>();
      const queue = [new URL(page.url()).pathname];
      while (queue.length && seen.size < MOST_PAGES_PER_ROLE) {
        const { pathname } = new URL(queue.shift()!, url("/"));
        const route = routeOf(pathname);
        if (!route || seen.has(route) || pathname === "/sign-in") continue;
        seen.add(route);
        queue.push(...(await check(page, pathname, problems, reading)));
      }
      expect(seen.size).toBeGreaterThan(5);
      expect(Object.fromEntries(problems)).toEqual({});
      await page.context().close();
    });
  });

  describe("forms showing their errors", () => {
    it("break no WCAG 2.2 AA rule and do not scroll sideways", async () => {
      const page = await (await browser().newContext({ bypassCSP: true })).newPage();
      const problems = new Map<string, string[]>();
      await page.goto(url("/sign-in"));
      await page.getByLabel("Email").fill("officer@example.org");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("alert").filter({ hasText: /\S/ }).waitFor();
      problems.set("/sign-in", await problemsOf(page));

      await signIn(page, "officer@example.org");
      for (const path of ["/agreements/new", "/partners/new", "/projects/new"]) {
        await page.goto(url(path));
        await page.locator("main form[novalidate] button[type=submit]").first().click();
        await page.getByRole("alert").filter({ hasText: /\S/ }).first().waitFor();
        problems.set(path, await problemsOf(page));
      }
      expect(Object.fromEntries([...problems].filter(([, found]) => found.length))).toEqual({});
      await page.context().close();
    });
  });
});
