// The keyboard's first stop is "Skip to content", which lands past the header; printed, a record
// page is the record alone (no header, navigation, buttons or forms).
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("skip link and print (the same screens on either database: run on the embedded one)", () => {
  const { browser } = browserPerFile();

  it("Tab reaches the skip link first; it moves the focus to the page's content", async () => {
    const page = await browser().newPage();
    await signIn(page, "officer@example.org");
    await page.goto(url("/agreements"));
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true); // shown once focused
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "main");
    await page.close();
  });

  it("printed, an agreement page shows the record without the header, buttons or forms", async () => {
    const page = await browser().newPage();
    await signIn(page, "manager@example.org");
    await page.goto(url("/agreements?q=escap"));
    await page.getByRole("link", { name: "ILO/ESCAP Memorandum of Understanding" }).click();
    await page.getByRole("heading", { level: 1, name: "ILO/ESCAP Memorandum of Understanding" }).waitFor();
    const back = page.getByRole("link", { name: "All agreements", exact: true });
    expect(await back.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1, name: "ILO/ESCAP Memorandum of Understanding" }).isVisible()).toBe(true);
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll("button, form, nav")].filter((el) => (el as HTMLElement).offsetParent !== null).length,
    );
    expect(visible).toBe(0);
    // The way back is navigation too.
    expect(await back.isVisible()).toBe(false);
    await page.close();
  });
});
