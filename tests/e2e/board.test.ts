// The agreements board in Chromium: an officer moves a card to another column by keyboard alone (its
// menu and button) and by dragging; a move the lifecycle forbids is not offered; a manager reads the
// board without menus.
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const SINGAPORE = "ILO/Singapore Partnership Agreement";

// The browser's side of it; both databases are covered by the integration tests (board).
describe.runIf(inject("databaseKind") === "embedded")("the board", () => {
  it("an officer moves a card by keyboard and by dragging; the field's value changes as the form would change it", async () => {
    const page = await pageAs("officer@example.org");
    await page.goto(url("/agreements/board?by=dwcp_outcome"));
    const column = (name: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(`^${name}`) }) });
    const card = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await column("Not set").getByRole("link", { name: SINGAPORE }).waitFor();

    // By keyboard: the card's menu, then its button.
    const menu = card(SINGAPORE).getByRole("combobox", { name: "Move to" });
    await menu.focus();
    await menu.selectOption({ label: "LAO 1.2 Labour inspection" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await column("LAO 1.2 Labour inspection").getByRole("link", { name: SINGAPORE }).waitFor();
    expect(await column("Not set").getByRole("link", { name: SINGAPORE }).count()).toBe(0);

    // By dragging it onto another column.
    await card(SINGAPORE).dragTo(column("VNM 1.2 Skills and migration"));
    await column("VNM 1.2 Skills and migration").getByRole("link", { name: SINGAPORE }).waitFor();
    await page.getByRole("link", { name: SINGAPORE }).click();
    await page.waitForURL(/\/agreements\/[\w-]+$/);
    expect(await page.locator("[data-custom-field=dwcp_outcome]").textContent()).toContain("VNM 1.2 Skills and migration");
    await page.context().close();
  });

  it("by status, a card is offered only the statuses its lifecycle allows; a manager reads the board without menus", async () => {
    const page = await pageAs("officer@example.org");
    await page.goto(url("/agreements/board"));
    const expired = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "ILO/Australia Partnership Agreement 2016-2021 (invented successor)" }) });
    await expired.waitFor();
    expect(await expired.getByRole("combobox").count()).toBe(0);
    const active = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }) });
    const offered = await active.getByRole("combobox", { name: "Move to" }).locator("option").allTextContents();
    expect(offered).toEqual(["Active", "Expired", "Terminated"]);
    await page.context().close();

    const manager = await pageAs("manager@example.org");
    await manager.goto(url("/agreements/board"));
    await manager.getByRole("heading", { name: /^Active/ }).waitFor();
    expect(await manager.getByRole("combobox", { name: "Move to" }).count()).toBe(0);
    await manager.context().close();
  });
});
