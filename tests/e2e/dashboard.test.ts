// The manager's dashboard and the officer's home, in Chromium against the built app.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

it("a manager reads the portfolio at a glance; each figure opens the list with that many rows", async () => {
  const page = await pageAs("manager@example.org");
  await page.goto(url("/dashboard"));
  // The figures stream in after the filters (Suspense): wait for the last chart first.
  await page.getByRole("list", { name: "Agreement periods" }).waitFor();
  for (const chart of ["Agreements by status", "Agreements by instrument", "Agreements by modality", "Agreements by kind of partner", "Active projects by health", "Projects by country", "Projects by theme"]) {
    expect(await page.getByRole("list", { name: chart }).getByRole("listitem").count(), chart).toBeGreaterThan(0);
  }

  // A bar: "Memorandum of understanding 2" opens the agreements list filtered to MOUs.
  const bar = page.getByRole("list", { name: "Agreements by instrument" }).getByRole("link", { name: /Memorandum of understanding/ });
  const count = Number((await bar.textContent())!.match(/(\d+)$/)![1]);
  await bar.click();
  await page.waitForURL(/\/agreements\?instrument=MOU/);
  expect(await page.locator("tbody tr").count()).toBe(count);

  // A figure with a filter applied: the list keeps the country.
  await page.goto(url("/dashboard"));
  await page.getByLabel("Country", { exact: true }).fill("id");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/country=id/i);
  await page.getByRole("list", { name: "Agreement periods" }).waitFor();
  const overdue = page.getByRole("link", { name: /Action items overdue/ });
  const overdueCount = Number((await overdue.locator("span").first().textContent())!);
  await overdue.click();
  await page.waitForURL(/\/action-items\?.*country=ID.*state=overdue|\/action-items\?.*state=overdue.*country=ID/);
  expect(await page.locator("tbody tr").count()).toBe(overdueCount);
  await page.context().close();
});

it("an officer's home lists what needs attention with the action to take, for them or for the unit", async () => {
  const page = await pageAs("officer@example.org");
  await page.goto(url("/home"));
  const mine = Number((await page.getByRole("link", { name: /^Mine/ }).textContent())!.match(/\d+/)![0]);
  const unit = Number((await page.getByRole("link", { name: /^Whole organisation/ }).textContent())!.match(/\d+/)![0]);
  expect(unit).toBeGreaterThanOrEqual(mine);
  await page.getByRole("link", { name: /^Whole organisation/ }).click();
  await page.waitForURL(/scope=unit/);
  // The ASEAN yearly review of 2025 left action items that are now overdue: "Update its status" opens the meeting's form.
  const item = page.getByRole("listitem").filter({ hasText: "Publish a regional OSH labour inspection guide" });
  await item.getByRole("link", { name: "Update its status" }).click();
  await page.waitForURL(/\/meetings\/[^/]+\/edit$/);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.context().close();
});

it("a manager gets no action buttons on the home page and no user administration", async () => {
  const page = await pageAs("manager@example.org");
  await page.goto(url("/home?scope=unit"));
  expect(await page.getByRole("link", { name: "Update its status" }).count()).toBe(0);
  expect((await page.goto(url("/admin/users")))?.status()).toBe(404);
  await page.context().close();
});
