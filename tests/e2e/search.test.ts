// The header's search, by keyboard: "/" puts the focus in it (but types "/" in a field), Enter
// shows the best matches of every kind, and each kind links to its whole list filtered.
import { expect, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

const { browser } = browserPerFile();

it('"/" focuses the search, Enter finds every kind of record, and the list takes the same words', async () => {
  const page = await browser().newPage();
  await signIn(page, "manager@example.org");
  const box = page.getByRole("searchbox", { name: "Search all records" });
  const focused = () => box.evaluate((el) => el === document.activeElement);
  // Until the page is hydrated nothing listens for "/": press until it lands (once it has, stop).
  for (let tries = 0; tries < 40 && !(await focused()); tries++) {
    await page.keyboard.press("/");
    if (!(await focused())) await page.waitForTimeout(250);
  }
  expect(await focused()).toBe(true);
  expect(await box.inputValue()).toBe("");
  await page.keyboard.type("work better"); // the words the other way round
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=work\+better$/);
  const projects = page.getByRole("region", { name: "Projects" });
  await projects.getByRole("link", { name: "Better Work Indonesia" }).waitFor();
  expect(await projects.getByRole("link").allTextContents()).toEqual(["Better Work Indonesia", "Better Work Viet Nam", "All 2 in the list →"]);
  await page.getByRole("region", { name: "Agreements" }).getByRole("link", { name: "ILO-IFC Better Work partnership" }).waitFor();

  await projects.getByRole("link", { name: "All 2 in the list" }).click();
  await page.waitForURL(/\/projects\?q=work%20better$/);
  await page.getByRole("link", { name: "Better Work Viet Nam" }).waitFor();

  // In a field, "/" is a character.
  await page.goto(url("/agreements"));
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("");
  await page.getByRole("searchbox", { name: "Search", exact: true }).press("/");
  expect(await page.getByRole("searchbox", { name: "Search", exact: true }).inputValue()).toBe("/");
  await page.close();
});

it("a query of punctuation says nothing matches", async () => {
  const page = await browser().newPage();
  await signIn(page, "officer@example.org");
  await page.goto(url("/search?q=%25%25"));
  await page.getByRole("status").getByText("Nothing matches every word").waitFor();
  await page.close();
});
