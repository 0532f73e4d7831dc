import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, signIn, url } from "./browser";

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const GENERIC = "The email or password is not right, or the account is not active.";

describe("sign-in", () => {
  it("sends a visitor who is not signed in to the sign-in page", async () => {
    for (const path of ["/", "/agreements", "/portal", "/agreements/anything"]) {
      await page.goto(url(path));
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    }
    await page.getByRole("button", { name: "Sign in", exact: true }).waitFor();
  });

  it("gives a wrong password and an unknown email the same message, and signs nobody in", async () => {
    const messages: string[] = [];
    for (const [email, password] of [
      ["officer@example.org", "not the password"],
      ["nobody@example.org", "not the password"],
    ]) {
      await page.goto(url("/sign-in"));
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      // (Next.js has a role="alert" route announcer of its own: look inside the form.)
      const alert = page.locator("form [role=alert]");
      await alert.waitFor();
      messages.push((await alert.textContent()) ?? "");
    }
    expect(messages[0]).toContain(GENERIC);
    expect(messages[1]).toBe(messages[0]);
    await page.goto(url("/agreements"));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("after five failures for one email, says to wait instead of trying the password", async () => {
    const alert = page.locator("form [role=alert]");
    for (let i = 0; i < 6; i++) {
      await page.goto(url("/sign-in"));
      await page.getByLabel("Email").fill("throttled-e2e@example.org");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await alert.waitFor();
    }
    expect(await alert.textContent()).toMatch(/Too many failed attempts\. Wait \d+ seconds, then try again\./);
  });

  it("signs out, and the old session cookie no longer opens anything", async () => {
    await signIn(page, "manager@example.org");
    const cookies = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((u) => u.pathname === "/sign-in");

    // Replaying the cookie from before sign-out: the session was ended in the database.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto(url("/agreements"));
    expect(new URL(again.url()).pathname).toBe("/sign-in");
    await replay.close();
  });

  it("refuses a forged session cookie", async () => {
    await context.addCookies([{ name: "next-auth.session-token", value: "forged", url: url("/") }]);
    await page.goto(url("/agreements"));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
