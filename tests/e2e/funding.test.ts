// Money in the browser: an officer records a commitment, its instalment and a receipt on the
// agreement page, and its activity says so; bad input is refused beside the field; the manager's dashboard shows the same
// totals per currency; the overdue Korean instalment needs attention; a partner sees its own
// contributions and no other funder's.
import { expect, it } from "vitest";
import { displayDate, today } from "@/lib/domain/format";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

const BP = "ILO-BP public-private partnership for Papuan youth employability";

it("an officer records a commitment, schedules an instalment and records a receipt larger than it, which is flagged", async () => {
  const page = await pageAs("officer@example.org");
  await page.getByRole("link", { name: BP }).click();
  await page.waitForURL(/\/agreements\/[^/]+$/);
  const funding = page.locator("#funding");
  await expect(funding.getByTestId("funding-total-USD").textContent()).resolves.toContain("USD 2,500,000.00");

  await funding.getByText("Add a commitment").click();
  await page.getByLabel("Amount committed").fill("250,000.50");
  await page.getByLabel("Currency").fill("usd");
  await page.getByLabel("Committed on").fill("2026-11-01");
  await page.getByLabel("Description").fill("Top-up for the 2027 cohort (e2e)");
  await page.getByRole("button", { name: "Record the commitment" }).click();
  await page.getByText("The commitment was recorded.").waitFor();
  await expect(funding.getByTestId("funding-total-USD").textContent()).resolves.toContain("USD 2,750,000.50");

  await funding.getByText("Add an instalment").click();
  await page.getByLabel("Commitment", { exact: true }).selectOption({ label: "BP Indonesia · USD 250,000.50" });
  await page.getByLabel("Expected on").fill("2027-06-30");
  await page.getByLabel("Instalment amount").fill("250000.50");
  await page.getByLabel("Condition").fill("On receipt of the 2026 progress report");
  await page.getByRole("button", { name: "Add the instalment" }).click();
  await page.getByText("The instalment was added.").waitFor();

  await funding.getByText("Record a receipt").click();
  const instalment = "BP Indonesia · due 30 Jun 2027 · USD 250,000.50";
  await page.getByLabel("Instalment", { exact: true }).selectOption({ label: instalment });
  // Bad input first: a message beside the field, nothing recorded.
  await page.getByLabel("Amount received").fill("-3");
  await page.getByRole("button", { name: "Record the receipt" }).click();
  await expect(page.locator("#receiptAmount-error").textContent()).resolves.toMatch(/Enter an amount/);
  await page.getByLabel("Amount received").fill("300,000");
  await page.getByLabel("Reference").fill("BP-2026-0999");
  await page.getByRole("button", { name: "Record the receipt" }).click();
  await page.getByText("The receipts now exceed the instalment by USD 49,999.50: check the amount.").waitFor();
  await page.reload();
  const text = (await funding.textContent()) ?? "";
  expect(text).toContain(`USD 300,000.00 on ${displayDate(today())}`);
  expect(text).toContain("More than the instalment by USD 49,999.50");
  expect(text).toContain("BP-2026-0999");
  // The agreement's activity says who recorded the money, and what (officers cannot open the audit log).
  const activity = page.locator("section").filter({ has: page.getByRole("heading", { name: "Activity" }) });
  const receipt = activity.getByRole("listitem").filter({ hasText: "Olivia Officer recorded a receipt" }).first();
  await expect(receipt.textContent()).resolves.toMatch(/amount: USD 300,000\.00 · reference: BP-2026-0999/);
  await activity.getByRole("listitem").filter({ hasText: "Olivia Officer scheduled an instalment" }).first().waitFor();
  await expect(activity.getByRole("listitem").filter({ hasText: "Olivia Officer recorded a commitment" }).first().textContent()).resolves.toContain("amount: USD 250,000.50");
  await page.context().close();
});

it("the manager's dashboard shows the same totals per currency, and reads without any funding form", async () => {
  const page = await pageAs("manager@example.org");
  await page.goto(url("/dashboard"));
  const usd = page.getByTestId("dashboard-funding-USD");
  await usd.waitFor();
  // Korea 4,200,000.00 + BP 2,500,000.00 + the officer's 250,000.50 above.
  expect(await usd.textContent()).toContain("USD 6,950,000.50");
  expect(await page.getByTestId("dashboard-funding-JPY").textContent()).toContain("JPY 380,000,000.00");

  const overdue = page.getByRole("link", { name: /Agreements with an instalment overdue/ });
  const count = Number((await overdue.locator("span").first().textContent())!);
  expect(count).toBeGreaterThanOrEqual(1);
  await overdue.click();
  await page.waitForURL(/instalmentOverdue=1/);
  await page.getByRole("heading", { level: 1, name: "Agreements" }).waitFor();
  const rows = page.getByRole("table").locator("tbody tr");
  expect(await rows.count()).toBe(count);
  expect(await page.getByRole("table").textContent()).toContain("ILO/Korea Partnership Programme");

  await page.getByRole("link", { name: "ILO/Korea Partnership Programme" }).click();
  await page.locator("#funding").waitFor();
  expect(await page.locator("#funding").textContent()).toContain("Overdue");
  expect(await page.getByText("Add a commitment").count()).toBe(0);
  expect(await page.getByRole("button", { name: "Archive" }).count()).toBe(0);
  await page.context().close();
});

it("the overdue instalment needs the officer's attention, and the receipt action opens the form", async () => {
  const page = await pageAs("officer@example.org");
  await page.goto(url("/home?scope=unit"));
  const item = page.getByRole("listitem").filter({ hasText: "Government of the Republic of Korea: USD 1,400,000.00 outstanding" });
  await item.getByRole("link", { name: "Record a receipt" }).click();
  await page.waitForURL(/\/agreements\/[^/]+#record-receipt$/);
  await page.locator("#funding").waitFor();
  await page.context().close();
});

it("a partner sees its own contributions on its agreement, read-only, and no other funder's", async () => {
  const page = await pageAs("japan@example.org");
  await page.getByRole("link", { name: "ILO/Japan Multi-bilateral Programme" }).click();
  await page.waitForURL(/\/portal\/agreements\//);
  const funding = page.locator("#funding");
  expect(await funding.getByRole("heading", { name: "Your contributions" }).count()).toBe(1);
  expect(await funding.getByTestId("funding-total-JPY").textContent()).toContain("JPY 380,000,000.00");
  const text = (await funding.textContent()) ?? "";
  expect(text).toContain("JPN-2026-009");
  expect(text).not.toMatch(/Korea|BP|USD/);
  expect(await page.getByRole("button", { name: "Archive" }).count()).toBe(0);
  expect(await page.getByText("Record a receipt").count()).toBe(0);
  await page.context().close();
});
