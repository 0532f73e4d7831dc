// Offices, as their people meet them in Chromium against the built app: the Jakarta officer (who
// reads French) keeps the BP partnership and reads, but cannot change, the regional office's ASEAN
// agreement; the regional manager's dashboard rolls the country offices up, and opens one.
import { createTranslator } from "next-intl";
import { expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const fr = createTranslator({ locale: "fr", messages: messagesFor("fr") }) as unknown as (key: string) => string;

it("the Jakarta officer edits the BP agreement, reads the ASEAN agreement and cannot edit it", async () => {
  const page = await pageAs("officer2@example.org");
  await page.goto(url("/agreements?q=BP"));
  await page.getByRole("link", { name: "ILO-BP public-private partnership for Papuan youth employability" }).click();
  await page.waitForURL(/\/agreements\/[\w-]+$/);
  await page.getByText("ILO Country Office for Indonesia and Timor-Leste").waitFor();
  await page.getByRole("link", { name: fr("agreements.page.edit"), exact: true }).click();
  await page.waitForURL(/\/edit$/);
  await page.locator("#meetingCycleMonths").fill("6");
  await page.getByRole("button", { name: fr("forms.saveChanges") }).click();
  await page.waitForURL(/\/agreements\/[\w-]+$/);
  await page.getByRole("status").filter({ hasText: fr("common.saved.updated") }).waitFor();

  await page.goto(url("/agreements?q=ASEAN"));
  await page.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
  await page.waitForURL(/\/agreements\/[\w-]+$/);
  await page.getByText("ILO Regional Office for Asia and the Pacific").first().waitFor();
  expect(await page.getByRole("link", { name: fr("agreements.page.edit"), exact: true }).count()).toBe(0);
  expect((await page.goto(`${page.url()}/edit`))?.status()).toBe(404);
  await page.context().close();
});

it("the regional manager's dashboard counts each office with the offices below it, and opens one office's", async () => {
  const page = await pageAs("manager@example.org");
  await page.goto(url("/dashboard"));
  const table = page.getByRole("table", { name: /by office/ });
  await table.waitFor();
  const rows = table.locator("tbody tr");
  const names = await rows.locator("th").allTextContents();
  expect(names[0]).toContain("ILO Regional Office for Asia and the Pacific");
  expect(names.some((n) => n.includes("ILO Country Office for Indonesia and Timor-Leste"))).toBe(true);
  const figure = async (row: number) => Number((await rows.nth(row).locator("td").first().locator("a").textContent())!);
  const jakartaRow = names.findIndex((n) => n.includes("Indonesia"));
  const regional = await figure(0);
  expect(regional).toBeGreaterThanOrEqual(await figure(jakartaRow));
  // The office's own dashboard: its row alone, and the active agreements figure opens a list of as many.
  const jakartaActive = await figure(jakartaRow);
  await rows.nth(jakartaRow).locator("th a").click();
  await page.waitForURL(/\/dashboard\?.*office=/);
  await expect.poll(() => page.getByRole("table", { name: /by office/ }).locator("tbody tr").count()).toBe(1);
  await page.getByRole("table", { name: /by office/ }).locator("tbody td a").first().click();
  await page.waitForURL(/\/agreements\?.*office=/);
  expect(await page.locator("tbody tr").count()).toBe(jakartaActive);
  await page.context().close();
});
