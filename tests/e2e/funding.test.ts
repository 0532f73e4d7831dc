// Money in the browser: an officer records a commitment with its schedule, and a receipt from an
// instalment's row, on the agreement page, and its activity says so; bad input is refused beside the field; the manager's dashboard shows the same
// totals per currency; the overdue Korean instalment needs attention; a partner sees its own
// contributions and no other funder's.
import { expect, it } from "vitest";
import { displayDate, today } from "@/lib/domain/format";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

const BP = "ILO-BP public-private partnership for Papuan youth employability";

it("an officer records a commitment with its two instalments in one submission, then a receipt from an instalment's row, larger than it, which is flagged", async () => {
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
  // The schedule is typed with it; what is left to schedule shows as the amounts are typed.
  await page.getByRole("button", { name: "Add an instalment" }).click();
  await page.getByLabel("Instalment 1 expected on").fill("2027-06-30");
  await page.getByLabel("Instalment 1 amount").fill("150,000");
  await page.getByLabel("Instalment 1 condition").fill("On receipt of the 2026 progress report");
  await expect(page.getByTestId("schedule-remainder").textContent()).resolves.toBe("Scheduled USD 150,000.00; USD 100,000.50 left to schedule.");
  await page.getByRole("button", { name: "Add an instalment" }).click();
  // The new row has the focus: its date is typed next.
  expect(await page.getByLabel("Instalment 2 expected on").evaluate((field) => field === document.activeElement)).toBe(true);
  await page.getByLabel("Instalment 2 expected on").fill("2027-12-31");
  await page.getByLabel("Instalment 2 amount").fill("100,000.51");
  await expect(page.getByTestId("schedule-remainder").textContent()).resolves.toBe("The instalments exceed the commitment by USD 0.01.");
  await page.getByRole("button", { name: "Record the commitment" }).click();
  await page.getByText("The instalments add up to 0.01 more than the commitment: lower one, or raise the commitment.").waitFor();
  await page.getByLabel("Instalment 2 amount").fill("100,000.50");
  await expect(page.getByTestId("schedule-remainder").textContent()).resolves.toBe("The instalments add up to the commitment.");
  await page.getByRole("button", { name: "Record the commitment" }).click();
  await page.getByText("The commitment was recorded.").waitFor();
  await expect(funding.getByTestId("funding-total-USD").textContent()).resolves.toContain("USD 2,750,000.50");
  const scheduled = funding.getByRole("list", { name: /Instalments of BP Indonesia · USD 250,000.50/ });
  await expect(scheduled.getByRole("listitem").count()).resolves.toBe(2);
  // Another commitment's instalment is told apart by its date and purpose in the instalment form.
  await funding.getByText("Add an instalment to a recorded commitment").click();
  // The form is fetched when its fold is first opened.
  await page.getByLabel("Commitment", { exact: true }).waitFor();
  expect(await page.getByLabel("Commitment", { exact: true }).locator("option").allTextContents()).toContain(
    "BP Indonesia · USD 250,000.50 · committed 1 Nov 2026 · Top-up for the 2027 cohort (e2e)",
  );

  // From the instalment's row, the receipt form opens with it chosen and what is outstanding on it.
  await scheduled.getByRole("listitem").filter({ hasText: "Due 30 Jun 2027" }).getByRole("link", { name: "Record a receipt" }).click();
  await page.waitForURL(/receipt=.*#record-receipt$/);
  expect(await page.getByLabel("Instalment", { exact: true }).locator("option:checked").textContent()).toBe("BP Indonesia · due 30 Jun 2027 · USD 150,000.00");
  expect(await page.getByLabel("Amount received").inputValue()).toBe("150000.00");
  // Bad input first: a message beside the field, nothing recorded.
  await page.getByLabel("Amount received").fill("-3");
  await page.getByRole("button", { name: "Record the receipt" }).click();
  await expect(page.locator("#receiptAmount-error").textContent()).resolves.toMatch(/Enter an amount/);
  await page.getByLabel("Amount received").fill("200,000");
  await page.getByLabel("Reference").fill("BP-2026-0999");
  await page.getByRole("button", { name: "Record the receipt" }).click();
  await page.getByText("The receipts now exceed the instalment by USD 50,000.00: check the amount.").waitFor();
  await page.reload();
  const text = (await funding.textContent()) ?? "";
  expect(text).toContain(`USD 200,000.00 on ${displayDate(today())}`);
  expect(text).toContain("More than the instalment by USD 50,000.00");
  expect(text).toContain("BP-2026-0999");
  // The agreement's activity says who recorded the money, and what (officers cannot open the audit log).
  const activity = page.locator("section").filter({ has: page.getByRole("heading", { name: "Activity" }) });
  const receipt = activity.getByRole("listitem").filter({ hasText: "Olivia Officer recorded a receipt" }).first();
  await expect(receipt.textContent()).resolves.toMatch(/amount: USD 200,000\.00 · reference: BP-2026-0999/);
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
  await page.waitForURL(/\/agreements\/[^/?]+\?receipt=[^#]+#record-receipt$/);
  // One step from here: the form is open, with the instalment chosen and what is outstanding on it.
  const form = page.locator("#record-receipt");
  expect(await form.getAttribute("open")).not.toBeNull();
  expect(await page.getByLabel("Instalment", { exact: true }).locator("option:checked").textContent()).toBe(
    "Government of the Republic of Korea · due 30 Jun 2026 · USD 1,400,000.00",
  );
  expect(await page.getByLabel("Amount received").inputValue()).toBe("1400000.00");
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
