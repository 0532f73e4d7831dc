// The pipeline in Chromium: an officer records an opportunity, moves it to won on the board by
// keyboard alone, and creates its draft agreement, which has the instalments of its years; the
// manager's forecast opens the list behind it; a partner finds no pipeline at all.
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const TITLE = "Skills for green jobs with Korea (browser test)";
const year = new Date().getUTCFullYear();

// The browser's side of it; both databases are covered by the integration tests (pipeline).
describe.runIf(inject("databaseKind") === "embedded")("the pipeline", () => {
  it("an officer records an opportunity, moves it to won by keyboard and finds the draft agreement with its instalments", async () => {
    const page = await pageAs("officer@example.org");
    await page.goto(url("/pipeline/new"));
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Prospective partner").selectOption({ label: "Government of the Republic of Korea" });
    await page.getByLabel("Amount sought").fill("900,000");
    await page.getByRole("button", { name: "Add a year" }).click();
    await page.getByLabel("Year 1", { exact: true }).fill(String(year + 1));
    await page.getByLabel("Amount 1", { exact: true }).fill("400000");
    await page.getByRole("button", { name: "Add a year" }).click();
    await page.getByLabel("Year 2", { exact: true }).fill(String(year + 2));
    await page.getByLabel("Amount 2", { exact: true }).fill("300000");
    // The years do not add up yet: the form says so, and the server refuses too.
    await page.getByText("200000.00 left to spread.").waitFor();
    await page.getByRole("button", { name: "Record the opportunity" }).click();
    await page.getByText(/add up to 700000\.00, not the 900000\.00 sought/).first().waitFor();
    await page.getByLabel("Amount 2", { exact: true }).fill("500000");
    await page.getByRole("button", { name: "Record the opportunity" }).click();
    await page.waitForURL(/\/pipeline\/[\w-]+$/);
    await page.getByRole("heading", { name: TITLE }).waitFor();

    // On the board, by keyboard: the card's menu, then its button.
    await page.goto(url("/pipeline/board"));
    const column = (name: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(`^${name}`) }) });
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
    await column("Idea").getByRole("link", { name: TITLE }).waitFor();
    const menu = card.getByRole("combobox", { name: "Move to" });
    await menu.focus();
    await menu.selectOption({ label: "Won" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await column("Won").getByRole("link", { name: TITLE }).waitFor();

    // The won card offers its draft agreement.
    await card.getByRole("link", { name: "Create the draft agreement" }).click();
    await page.waitForURL(/\/pipeline\/[\w-]+#convert$/);
    await page.getByLabel("The agreement's reference").fill("ILO-KOR/GREEN/E2E");
    await page.getByLabel("Instrument").selectOption({ label: "Partnership agreement or programme" });
    await page.getByLabel("Modality").selectOption({ label: "Bilateral" });
    expect(await page.getByLabel("Signing with").locator("option:checked").textContent()).toBe("International Labour Organization");
    await page.getByRole("button", { name: "Create the draft agreement" }).click();
    await page.waitForURL(/\/agreements\/[\w-]+$/);
    await page.getByRole("heading", { name: TITLE }).waitFor();
    await page.getByText("Created from the won opportunity").waitFor();
    const funding = page.locator("#funding");
    await funding.getByText("900,000.00").first().waitFor();
    const schedule = await funding.textContent();
    expect(schedule).toContain(`31 Dec ${year + 1}`);
    expect(schedule).toContain(`31 Dec ${year + 2}`);
    expect(schedule).toContain("400,000.00");
    expect(schedule).toContain("500,000.00");

    // The opportunity now says what it became, and offers no second agreement.
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByText("It became the draft agreement").waitFor();
    expect(await page.getByRole("button", { name: "Create the draft agreement" }).count()).toBe(0);
    await page.context().close();
  });

  it("the manager's forecast opens the list it counts; a partner gets 404", async () => {
    const manager = await pageAs("manager@example.org");
    await manager.goto(url("/dashboard"));
    const row = manager.getByTestId(`forecast-${year + 1}-USD`);
    await row.waitFor();
    const count = Number((await row.getByText(/opportunit/).textContent())!.match(/\d+/)![0]);
    await row.getByRole("link").first().click();
    await manager.waitForURL(/\/pipeline\?/);
    expect(manager.url()).toContain(`year=${year + 1}`);
    expect(manager.url()).toContain("currency=USD");
    await manager.getByText(count === 1 ? "1 opportunity" : `${count} opportunities`, { exact: true }).waitFor();
    expect(await manager.getByRole("link", { name: "New opportunity" }).count()).toBe(0);
    await manager.context().close();

    const partner = await pageAs("japan@example.org");
    expect((await partner.goto(url("/pipeline")))?.status()).toBe(404);
    expect((await partner.goto(url("/pipeline/board")))?.status()).toBe(404);
    await partner.context().close();
  });
});
