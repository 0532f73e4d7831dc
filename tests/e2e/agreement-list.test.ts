// Finding agreements in the browser: filters live in the URL, the back button works, and the
// filtered list exports.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

it("filters and searches through the URL, and the back button returns to the previous list", async () => {
  const page = await pageAs("manager@example.org");
  await page.getByLabel("Instrument").selectOption({ label: "Memorandum of understanding" });
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/instrument=MOU/);
  expect(await page.locator("tbody tr td:first-child a").allTextContents()).toEqual([
    "ILO/ADB Memorandum of Understanding",
    "ILO/ESCAP Memorandum of Understanding",
    "ILO/Viet Nam MOU on skills recognition for returning migrant workers (draft)",
  ]);

  await page.getByLabel("Search", { exact: true }).fill("escap");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/q=escap/);
  expect(await page.locator("tbody tr td:first-child a").allTextContents()).toEqual(["ILO/ESCAP Memorandum of Understanding"]);

  await page.goBack();
  await page.waitForURL((u) => !u.search.includes("q=escap"));
  expect(await page.locator("tbody tr td:first-child a").count()).toBe(3);

  // The URL alone reproduces the list: it can be shared.
  const shared = await pageAs("officer@example.org");
  await shared.goto(url("/agreements?modality=TRIANGULAR"));
  expect(await shared.locator("tbody tr td:first-child a").allTextContents()).toEqual([
    "Lao PDR-Singapore-ILO triangular cooperation on labour inspection",
  ]);
  await page.context().close();
  await shared.context().close();
});

it("exports the filtered list as CSV and Excel for staff; partners get nothing", async () => {
  const page = await pageAs("manager@example.org");
  await page.goto(url("/agreements?instrument=MOU&modality=INSTITUTIONAL"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toContain("Reference,Title,Instrument");
  expect(lines.slice(1).map((l) => l.split(",")[0]).sort()).toEqual(["RUP/ADB/2002-01", "RUP/ESCAP/2009-01"]);

  const xlsxHref = await page.getByRole("link", { name: "Export Excel" }).getAttribute("href");
  const xlsx = await page.request.get(url(xlsxHref!));
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(Buffer.from(await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  await page.context().close();

  const partner = await pageAs("asean@example.org");
  expect((await partner.request.get(url("/agreements/export"))).status()).toBe(404);
  await partner.context().close();
});

it("every list exports what it shows, as CSV and Excel", async () => {
  const page = await pageAs("manager@example.org");
  for (const [path, ...expected] of [
    ["/partners?kind=DEVELOPMENT_BANK", "Asian Development Bank", "International Finance Corporation"],
    ["/projects?health=AT_RISK", "Better Work Viet Nam"],
    ["/meetings?status=PLANNED", "ILO/ASEAN yearly review 2026"],
  ]) {
    await page.goto(url(path));
    const csv = await page.request.get(url((await page.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!));
    expect(csv.headers()["content-type"], path).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines, path).toHaveLength(expected.length + 1);
    expected.forEach((text, i) => expect(lines[i + 1], path).toContain(text));
    const xlsx = await page.request.get(url((await page.getByRole("link", { name: "Export Excel" }).getAttribute("href"))!));
    expect(Buffer.from(await xlsx.body()).subarray(0, 2).toString(), path).toBe("PK");
  }
  await page.context().close();
});

it("on a phone the filters fold behind one control that counts those in use; on a desktop they stay open", async () => {
  const page = await pageAs("officer@example.org");
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(url("/agreements?status=ACTIVE&modality=BILATERAL&q=ilo"));
  const summary = page.locator("summary", { hasText: "Filters" });
  expect(await summary.textContent()).toBe("Filters (2 in use)");
  expect(await page.getByLabel("Status").isVisible()).toBe(false);
  // The first agreement shows on the first screen, and the search stays at hand.
  const first = page.locator("tbody tr").first();
  expect((await first.boundingBox())!.y).toBeLessThan(780);
  expect(await page.getByLabel("Search", { exact: true }).isVisible()).toBe(true);
  await summary.click();
  expect(await page.getByLabel("Status").inputValue()).toBe("ACTIVE");
  expect(await page.getByLabel("Status").isVisible()).toBe(true);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url("/agreements"));
  expect(await page.getByLabel("Status").isVisible()).toBe(true);
  expect(await page.locator("summary", { hasText: "Filters" }).isVisible()).toBe(false);
  await page.context().close();
});
