// Projects in the browser: linked to their agreement, reported on, and summarised for partners.
import { expect, it } from "vitest";
import { browserPerFile } from "./browser";

const { pageAs } = browserPerFile();


it("an officer adds a project under an agreement and posts its status reports; the latest sets its health", async () => {
  const page = await pageAs("officer@example.org");
  await page.getByRole("link", { name: "ILO/Japan Multi-bilateral Programme" }).click();
  await page.getByRole("link", { name: "Add a project" }).click();
  await page.waitForURL(/\/projects\/new\?agreement=/);
  await page.getByLabel("Code").fill("RAS/26/09/JPN");
  await page.getByLabel("Title").fill("Skills recognition for migrant workers (e2e)");
  await page.getByLabel("Partner 1", { exact: true }).selectOption({ label: "Government of Japan" });
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/(?!new)[^/?]+$/);
  expect(await page.locator("main").textContent()).toContain("No status reports yet.");

  await page.getByLabel("Report date").fill("2026-11-01");
  await page.getByLabel("Health").selectOption({ label: "At risk" });
  await page.getByLabel("Progress (%)").fill("15");
  await page.getByLabel("Summary").fill("Inception workshop held in Tokyo.");
  await page.getByLabel("Risks").fill("Confidential: counterpart ministry restructuring.");
  await page.getByRole("button", { name: "Add status report" }).click();
  await page.getByText("The report was added.").waitFor();
  await page.reload();
  const main = (await page.locator("main").textContent()) ?? "";
  expect(main).toContain("Inception workshop held in Tokyo.");
  expect(main).toContain("15% done as of 1 Nov 2026");
  await page.context().close();
});

it("the partner reads the project's status summary but not its risks", async () => {
  const page = await pageAs("japan@example.org");
  await page.getByRole("link", { name: "ILO/Japan Multi-bilateral Programme" }).click();
  await page.getByRole("link", { name: "Skills recognition for migrant workers (e2e)" }).click();
  await page.waitForURL(/\/portal\/projects\//);
  const main = (await page.locator("main").textContent()) ?? "";
  expect(main).toContain("Inception workshop held in Tokyo.");
  expect(main).not.toContain("Confidential");
  await page.context().close();
});
