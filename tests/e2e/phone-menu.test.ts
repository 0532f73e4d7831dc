// On a phone's width the navigation is one "Menu" button: it opens the links, the account and
// signing out; Escape closes it and gives the focus back; the header never widens the page.
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("the phone's menu (the same screens on either database: run on the embedded one)", () => {
  const { browser } = browserPerFile();

  it("at 360 px the menu opens, navigates, closes with Escape, and the header fits", async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signIn(page, "officer@example.org");
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    // The header is no wider than the screen.
    expect(await page.locator("header").evaluate((h) => h.scrollWidth)).toBeLessThanOrEqual(360);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("link", { name: "Projects" }).click();
    await page.waitForURL(/\/projects$/);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");

    await menu.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");
    await context.close();
  });

  it("at 1280 px the links are in the header and there is no menu button", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, "asean@example.org");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).waitFor();
    expect(await page.getByRole("button", { name: "Menu" }).count()).toBe(0);
    await page.goto(url("/portal"));
    await context.close();
  });
});
