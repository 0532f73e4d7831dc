// Every page's first-load JavaScript stays within 150 KB gzip (issue 31, decision 025): what a
// browser fetches before a page is usable, counted as the benchmark counts it (each script's body,
// gzip-compressed). A size, not a time: it does not vary with the machine. The pages are each kind
// the app has (lists, a record with its folded forms, new-record forms, the dashboard, the account,
// the portal); the database does not change what is sent, so it runs on one. And the interface's
// words for client components come as a file of their own, once (decision 027).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { firstLoadJs } from "@/scripts/first-load-js";
import { launchBrowser, signIn, url } from "./browser";

const BUDGET_KB = 150;

describe.runIf(inject("databaseKind") === "embedded")("first-load JavaScript", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page to weigh: a path, or the first record a list page links to (`/<base>/<id>`), with `suffix` after it. */
  type Target = string | { firstIn: string; suffix?: string };

  /** The gzip KB of the scripts each page loads, opened in turn in one signed-in session. */
  async function weights(email: string, targets: Target[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    const sizes = new Map<string, number>();
    for (const target of targets) {
      let path = typeof target === "string" ? target : "";
      if (typeof target !== "string") {
        await page.goto(url(`/${target.firstIn}`));
        const href = await page.locator(`main a[href^='/${target.firstIn}/c']`).first().getAttribute("href");
        path = `${href}${target.suffix ?? ""}`;
      }
      const tab = await context.newPage();
      const { kb, status } = await firstLoadJs(tab, url(path));
      expect(status, path).toBe(200);
      sizes.set(path, kb);
      await tab.close();
    }
    await context.close();
    return sizes;
  }

  /** No page over the budget, and every page measured: each loads the framework at least (a page with no scripts counted would pass by mistake). */
  function expectWithinBudget(sizes: Map<string, number>) {
    const over = [...sizes].filter(([, kb]) => kb > BUDGET_KB).map(([path, kb]) => `${path}: ${kb} KB`);
    expect(over, [...sizes].map(([path, kb]) => `${path} ${kb}`).join(", ")).toEqual([]);
    expect(Math.min(...sizes.values())).toBeGreaterThan(100);
  }

  it("an officer's pages, the record pages and the forms among them, each stay within the budget", async () => {
    const sizes = await weights("officer@example.org", [
      "/home",
      "/agreements",
      { firstIn: "agreements" },
      { firstIn: "agreements", suffix: "/edit" },
      "/agreements/new",
      "/projects/new",
      "/pipeline/new",
      "/pipeline/board",
      "/partners/new",
      "/search?q=labour",
      "/account",
    ]);
    expectWithinBudget(sizes);
  });

  it("pages carry none of the client components' messages: the browser fetches them once, and keeps them across pages", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; cacheControl: string | null }[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/intl/")) fetched.push({ url: response.url(), cacheControl: response.headers()["cache-control"] ?? null });
    });
    await signIn(page, "officer@example.org");
    for (const path of ["/agreements", "/agreements/new"]) {
      const html = await (await page.goto(url(path)))!.text();
      expect(html, path).not.toContain('"messages":{"common"');
      expect(html, path).not.toContain("Give the agreement a title."); // a message only the form's own checks show
    }
    // Client components still speak: the form's own check, in the browser, before any round trip.
    await page.getByRole("button", { name: "Create agreement" }).click();
    await page.getByText("Give the agreement a title.").waitFor();
    expect(new Set(fetched.map((f) => f.url)).size).toBe(1);
    expect(fetched[0]).toMatchObject({ url: expect.stringMatching(/\/intl\/en\?v=[\w-]{16}$/), cacheControl: "public, max-age=31536000, immutable" });
    await context.close();
  });

  it("a manager's dashboard and a partner's portal stay within the budget", async () => {
    const sizes = new Map([...(await weights("manager@example.org", ["/dashboard"])), ...(await weights("japan@example.org", ["/portal", "/portal/search?q=programme"]))]);
    expectWithinBudget(sizes);
  });
});
