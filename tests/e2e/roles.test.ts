// What each role may and may not see, in the browser against the built app and the demo data.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

const { browser, pageAs } = browserPerFile();
/** Agreement title -> id, read from the officer's list. */
const ids = new Map<string, string>();

async function listedTitles(page: Page): Promise<string[]> {
  return page.locator("tbody tr td:first-child a").allTextContents();
}

async function expectNotFound(page: Page, path: string, notFound = "Not found") {
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(404);
  await page.getByRole("heading", { name: notFound }).waitFor();
}

/** What each demo user reads: officer2 has chosen French (the others follow the browser: English). */
const ENGLISH = { home: "What needs attention", dashboard: "Dashboard", signed: "20 Mar 2007", active: "Active", notFound: "Not found" };
const FRENCH = { home: "Ce qui demande votre attention", dashboard: "Tableau de bord", signed: "20 mars 2007", active: "En vigueur", notFound: "Introuvable" };

beforeAll(async () => {
  const officer = await pageAs("officer@example.org");
  for (const link of await officer.locator("tbody tr td:first-child a").all()) {
    ids.set((await link.textContent())!, (await link.getAttribute("href"))!.split("/").pop()!);
  }
  await officer.context().close();
});

const ASEAN = "ILO/ASEAN Cooperation Agreement";
const ADB = "ILO/ADB Memorandum of Understanding";
const JAPAN = "ILO/Japan Multi-bilateral Programme";

describe.each([
  ["officer@example.org", "/home", ENGLISH],
  ["officer2@example.org", "/home", FRENCH],
  ["manager@example.org", "/dashboard", ENGLISH],
  ["admin@example.org", "/home", ENGLISH],
])("%s", (email, home, words) => {
  it(`lands on ${home}`, async () => {
    const page = await (await browser().newContext()).newPage();
    await signIn(page, email);
    expect(new URL(page.url()).pathname).toBe(home);
    await page.getByRole("heading", { level: 1, name: home === "/home" ? words.home : words.dashboard }).waitFor();
    await page.context().close();
  });

  it("sees every agreement in the list, and opens one with its parties, dates and status", async () => {
    const page = await pageAs(email);
    expect(new URL(page.url()).pathname).toBe("/agreements");
    const titles = await listedTitles(page);
    expect(titles.length).toBeGreaterThanOrEqual(12); // other e2e files may add agreements
    expect(titles).toEqual(expect.arrayContaining([ASEAN, ADB, JAPAN, "ILO-IFC Better Work partnership"]));

    await page.getByRole("link", { name: ASEAN }).click();
    await page.waitForURL(`**/agreements/${ids.get(ASEAN)}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(ASEAN);
    const body = await page.locator("main").textContent();
    expect(body).toContain("Association of Southeast Asian Nations");
    expect(body).toContain("International Labour Organization");
    expect(body).toContain(words.signed);
    expect(body).toContain(words.active);
    await expectNotFound(page, "/agreements/no-such-agreement", words.notFound);
    // The unit-wide audit log is for administrators and managers.
    const audit = await page.goto(url("/audit"));
    expect(audit?.status()).toBe(email.startsWith("officer") ? 404 : 200);
    if (!email.startsWith("officer")) {
      // The demo seed's note is a plain value, not a before → after pair: shown whole.
      await page.goto(url("/audit?action=seed"));
      await page.getByText("note: Demo data loaded").waitFor();
    }
    await page.context().close();
  });
});

describe.each([
  ["asean@example.org", [ASEAN]],
  ["adb@example.org", [ADB]],
  ["japan@example.org", [JAPAN]],
])("partner %s", (email, own) => {
  it("lands on the portal listing only its organisation's agreements, each opening to its page", async () => {
    const page = await pageAs(email);
    expect(new URL(page.url()).pathname).toBe("/portal");
    expect(await listedTitles(page)).toEqual(own);
    await page.getByRole("link", { name: own[0] }).click();
    await page.waitForURL(`**/portal/agreements/${ids.get(own[0])}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(own[0]);
    await page.context().close();
  });

  it("gets 'not found' for every other organisation's agreement and every staff page", async () => {
    const page = await pageAs(email);
    for (const [title, id] of ids) {
      if (own.includes(title)) continue;
      await expectNotFound(page, `/portal/agreements/${id}`);
    }
    const staffPages = ["/agreements", `/agreements/${ids.get(own[0])}`, "/meetings", "/projects", "/partners", "/audit", "/dashboard", "/home", "/action-items"];
    for (const path of [...staffPages, "/notifications", "/calendar", "/admin/users", "/admin/email", "/import"]) {
      await expectNotFound(page, path);
    }
    // Files and feeds of other organisations' agreements: "not found" too.
    for (const [title, id] of ids) {
      const status = (await page.request.get(url(`/agreements/${id}/summary.pdf`))).status();
      expect(status, title).toBe(own.includes(title) ? 200 : 404);
    }
    await page.context().close();
  });
});
