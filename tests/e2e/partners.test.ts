// An officer records a new partner and signs an agreement with it; partners never see the registry.
import { expect, it } from "vitest";
import { url, browserPerFile } from "./browser";

const { pageAs } = browserPerFile();


it("an officer records a partner with a contact, finds it by an unaccented search, and makes it a party", async () => {
  const page = await pageAs("officer@example.org");
  await page.goto(url("/partners/new"));
  await page.getByLabel("Name", { exact: true }).fill("Ministère du Travail (e2e)");
  await page.getByLabel("Kind").selectOption({ label: "Government" });
  await page.getByLabel("Country").fill("KH");
  await page.getByLabel("Contact 1 name").fill("Sok Dara");
  await page.getByLabel("Contact 1 email").fill("dara@example.org");
  await page.getByRole("button", { name: "Create partner" }).click();
  await page.waitForURL(/\/partners\/(?!new)[^/]+$/);
  const main = (await page.locator("main").textContent()) ?? "";
  expect(main).toContain("Sok Dara");
  expect(main).toContain("Cambodia");

  await page.goto(url("/partners?q=ministere%20du%20travail"));
  expect(await page.locator("tbody a").allTextContents()).toEqual(["Ministère du Travail (e2e)"]);

  await page.goto(url("/agreements/new"));
  const options = await page.getByLabel("Party 1", { exact: true }).locator("option").allTextContents();
  expect(options).toContain("Ministère du Travail (e2e)");
  await page.context().close();
});

it("a partner user gets 'not found' for the partner registry", async () => {
  const page = await pageAs("adb@example.org");
  for (const path of ["/partners", "/partners/new"]) expect((await page.goto(url(path)))?.status(), path).toBe(404);
  await page.context().close();
});
