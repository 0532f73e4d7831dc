// Amendments and clearance in the browser: an extension moves the expiry and appears in the
// timeline, the summary PDF and the partner's portal; a manager clears the draft an officer
// submitted (and cannot edit anything else); an officer cannot clear; the demo's exchange rates,
// and those an administrator enters or changes, give the dashboard a USD total that names them.
import { expect, it } from "vitest";
import { displayDate } from "@/lib/domain/format";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

const JAPAN = "ILO/Japan Multi-bilateral Programme";
const KOREA = "ILO/Korea Partnership Programme";
const DRAFT = "ILO/Viet Nam MOU on skills recognition for returning migrant workers (draft)";

it("an officer records an extension: the expiry moves, and the timeline, activity and summary PDF say so", async () => {
  const page = await pageAs("officer@example.org");
  await page.getByRole("link", { name: KOREA }).click();
  await page.waitForURL(/\/agreements\/[^/]+$/);
  await page.getByText("Record an amendment").click();
  await page.getByLabel("Kind of amendment").selectOption({ label: "No-cost extension" });
  // Bad input first: an extension that shortens the agreement is refused beside the field.
  await page.getByLabel("New expiry date").fill("2027-01-31");
  await page.getByLabel("What it changes").fill("Extends the programme by a year to complete the labour market information work.");
  await page.getByRole("button", { name: "Record the amendment" }).click();
  await expect(page.locator("#newExpiresOn-error").textContent()).resolves.toContain("later than 30 Jun 2027");
  await page.getByLabel("New expiry date").fill("2028-06-30");
  await page.getByRole("button", { name: "Record the amendment" }).click();
  await page.getByText("The amendment was recorded.").waitFor();
  await page.reload();
  const main = (await page.locator("main").textContent()) ?? "";
  expect(main).toContain("Amendment 1 · No-cost extension");
  expect(main).toContain(`Amendment 1 signed: no-cost extension to ${displayDate(new Date("2028-06-30T00:00:00Z"))}`);
  expect(main).toContain("by amendment 1");
  expect(main).toContain("30 Jun 2028"); // key facts: the new expiry
  // The change reads in the page's one date format, not as ISO dates.
  expect(main).toContain("Expiry: 30 Jun 2027 → 30 Jun 2028");

  // The PDF lists amendments (its text is checked in tests/integration/calendar-and-summary.test.ts).
  const pdf = await page.request.get(page.url() + "/summary.pdf");
  expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  await page.context().close();
});

it("the partner sees the amendments of its agreement in the portal", async () => {
  const page = await pageAs("japan@example.org");
  await page.goto(url("/portal"));
  await page.getByRole("link", { name: JAPAN }).click();
  await page.waitForURL(/\/portal\/agreements\//);
  expect(await page.getByRole("heading", { name: "Amendments" }).count()).toBe(1);
  expect(await page.getByText("Record an amendment").count()).toBe(0);
  await page.context().close();
});

it("an officer cannot clear; a manager clears the draft from the dashboard, and edits nothing else", async () => {
  const officer = await pageAs("officer@example.org");
  await officer.getByRole("link", { name: DRAFT }).click();
  await officer.getByText("Waiting for clearance").first().waitFor();
  expect(await officer.getByRole("button", { name: "Clear" }).count()).toBe(0);
  await officer.context().close();

  const manager = await pageAs("manager@example.org");
  await manager.goto(url("/dashboard"));
  const waiting = manager.getByRole("link", { name: /Waiting for clearance/ });
  expect(Number(await waiting.locator("span").first().textContent())).toBe(1);
  await waiting.click();
  await manager.waitForURL(/clearance=SUBMITTED/);
  await manager.getByRole("link", { name: DRAFT }).click();
  await manager.waitForURL(/\/agreements\/[^/]+$/);
  expect(await manager.getByRole("link", { name: "Edit" }).count()).toBe(0);
  // Returning needs a comment.
  await manager.getByRole("button", { name: "Return" }).click();
  await manager.getByText("Say why it is returned").waitFor();
  await manager.getByRole("button", { name: "Clear" }).click();
  await manager.getByText("It may now be signed and recorded as active.").waitFor();
  const activity = (await manager.locator("main").textContent()) ?? "";
  expect(activity).toContain("clearance: Waiting for clearance → Cleared");
  await manager.context().close();

  // The officer was told, and may now record it as active.
  const again = await pageAs("officer@example.org");
  await again.goto(url("/notifications"));
  expect(await again.locator("main").textContent()).toContain(`${DRAFT} was cleared by`);
  await again.context().close();
});

it("the demo's exchange rates give the dashboard a USD total that names them; an administrator's change of one carries through", async () => {
  const admin = await pageAs("admin@example.org");
  const month = new Date().toISOString().slice(0, 7);
  const usdLine = async () => {
    await admin.goto(url("/dashboard"));
    await admin.getByTestId("dashboard-funding-usd").waitFor();
    return (await admin.getByTestId("dashboard-funding-usd").textContent()) ?? "";
  };
  const before = await usdLine();
  expect(before).toMatch(/In US dollars: committed USD [\d,]+\.\d\d/);
  expect(before).toContain(`JPY 0.00665 (${month})`);
  expect(before).toContain(`AUD 0.654 (${month})`);

  await admin.goto(url("/admin/exchange-rates"));
  // The same month twice is refused beside the field.
  await admin.getByLabel("Currency").fill("JPY");
  await admin.getByLabel("Month").fill(month);
  await admin.getByLabel("US dollars per unit", { exact: true }).fill("0.007");
  await admin.getByRole("button", { name: "Record the rate" }).click();
  await expect(admin.locator("#month-error").textContent()).resolves.toContain("already recorded");
  // A new currency's rate is listed where it can be changed; the month's JPY rate is changed in place.
  await admin.getByLabel("Currency").fill("EUR");
  await admin.getByLabel("Month").fill(month);
  await admin.getByLabel("US dollars per unit", { exact: true }).fill("1.08");
  await admin.getByRole("button", { name: "Record the rate" }).click();
  await admin.getByRole("textbox", { name: `US dollars per unit, EUR ${month}` }).waitFor();
  const jpy = admin.getByRole("textbox", { name: `US dollars per unit, JPY ${month}` });
  await jpy.fill("0.0067");
  const saved = admin.waitForResponse((r) => r.request().method() === "POST");
  await admin.locator("form").filter({ has: jpy }).getByRole("button", { name: "Change" }).click();
  expect((await saved).status()).toBe(200);

  let after = "";
  await expect.poll(async () => (after = await usdLine())).toContain(`JPY 0.0067 (${month})`);
  const committed = (line: string) => Number(/committed USD ([\d,]+\.\d\d)/.exec(line)![1].replaceAll(",", ""));
  expect(committed(after)).toBeGreaterThan(committed(before)); // the yen commitments count for more
  await admin.context().close();

  const officer = await pageAs("officer@example.org");
  expect((await officer.goto(url("/admin/exchange-rates")))?.status()).toBe(404);
  await officer.context().close();
});
