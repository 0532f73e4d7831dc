// The yearly meeting in the browser: an officer records it with minutes and three action items;
// the partner sees the minutes once shared and only the items that concern it.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
let meetingId = "";

const TITLE = "ILO/ASEAN yearly review 2027 (e2e)";

it("an officer records a yearly meeting with minutes and three action items from the agreement page", async () => {
  const page = await pageAs("officer@example.org");
  await page.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
  await page.getByRole("link", { name: "Record a meeting" }).click();
  await page.waitForURL(/\/meetings\/new$/);
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Status").selectOption({ label: "Held" });
  await page.getByLabel("Date").fill("2026-11-20");
  await page.getByLabel("Place").fill("Bangkok");
  await page.getByLabel("Participants").fill("Siti Rahman (ASEAN)\nOlivia Officer (ILO)");
  await page.getByLabel("Minutes", { exact: true }).fill("The parties agreed three activities for 2027.");
  const items: [string, string][] = [
    ["Plan the 2027 migration forum", "Association of Southeast Asian Nations"],
    ["Draft the OSH inspection guide", "International Labour Organization"],
    ["Send ASEAN labour statistics", "Association of Southeast Asian Nations"],
  ];
  for (const [i, [description, owner]] of items.entries()) {
    await page.getByRole("button", { name: "Add an action item" }).click();
    await page.getByLabel(`Action ${i + 1}`, { exact: true }).fill(description);
    await page.getByLabel(`Action ${i + 1} owner`).selectOption({ label: owner });
    await page.getByLabel(`Action ${i + 1} due`).fill("2027-03-31");
  }
  await page.getByRole("button", { name: "Record meeting" }).click();
  await page.waitForURL(/\/meetings\/(?!new)[^/]+$/);
  meetingId = new URL(page.url()).pathname.split("/").pop()!;
  const main = (await page.locator("main").textContent()) ?? "";
  for (const [description] of items) expect(main).toContain(description);
  expect(main).toContain("The parties agreed three activities for 2027.");
  await page.context().close();
});

it("the partner sees the meeting without its unshared minutes, and only the action items that concern it", async () => {
  const page = await pageAs("asean@example.org");
  await page.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
  await page.getByRole("link", { name: TITLE }).first().click(); // in the timeline and beside each action item
  await page.waitForURL(`**/portal/meetings/${meetingId}`);
  const main = (await page.locator("main").textContent()) ?? "";
  expect(main).toContain("The minutes have not been shared yet.");
  expect(main).not.toContain("The parties agreed three activities");
  expect(main).toContain("Plan the 2027 migration forum");
  expect(main).toContain("Send ASEAN labour statistics");
  expect(main).not.toContain("Draft the OSH inspection guide");
  await page.context().close();

  const other = await pageAs("adb@example.org");
  expect((await other.goto(url(`/portal/meetings/${meetingId}`)))?.status()).toBe(404);
  expect((await other.goto(url(`/meetings/${meetingId}`)))?.status()).toBe(404);
  await other.context().close();
});

it("once the officer shares the minutes, the partner reads them", async () => {
  const officer = await pageAs("officer@example.org");
  await officer.goto(url(`/meetings/${meetingId}/edit`));
  await officer.getByLabel("Share the minutes and decisions with the agreement's partners").check();
  await officer.getByRole("button", { name: "Save changes" }).click();
  await officer.waitForURL(url(`/meetings/${meetingId}`));
  // The save is announced once, in the page's live region; a reload does not repeat it.
  await officer.getByRole("status").getByText("Saved.").waitFor();
  await officer.reload();
  await officer.getByRole("heading", { level: 1 }).waitFor();
  expect(await officer.getByText("Saved.", { exact: true }).count()).toBe(0);
  await officer.context().close();

  const partner = await pageAs("asean@example.org");
  await partner.goto(url(`/portal/meetings/${meetingId}`));
  expect(await partner.locator("main").textContent()).toContain("The parties agreed three activities for 2027.");
  await partner.context().close();
});
