// Debian's Chromium driven by playwright-core: no browser is ever downloaded.
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { browserCookies } from "@/scripts/http";
import { ADMIN_EMAIL, adminCookie } from "./admin-session";
import { DEMO_PASSWORD } from "./app";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const url = (pathname: string) => `${inject("baseUrl")}${pathname}`;

/**
 * Signs in through the sign-in form and waits for the role's home page. The demo administrator
 * (who has a second factor) gets the run's shared session instead: see admin-session.ts.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (email === ADMIN_EMAIL && password === DEMO_PASSWORD) {
    const cookie = await adminCookie();
    await page.context().addCookies(browserCookies(cookie, url("")));
    await page.goto(url("/"));
  } else {
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
  await page.waitForURL((u) => HOMES.includes(u.pathname));
}

/** Where each role lands after signing in: officers and admins /home, managers /dashboard, partners /portal. */
export const HOMES = ["/home", "/dashboard", "/portal"];

/** One browser for a test file, closed after it; `pageAs` opens a fresh signed-in session. */
export function browserPerFile() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = () => {
    if (!browser) throw new Error("The browser is not running yet.");
    return browser;
  };
  return {
    browser: current,
    /** A signed-in page; staff start on the agreements list (where most tests begin), partners on the portal. */
    async pageAs(email: string): Promise<Page> {
      const page = await (await current().newContext()).newPage();
      await signIn(page, email);
      if (new URL(page.url()).pathname !== "/portal") await page.goto(url("/agreements"));
      return page;
    },
  };
}
