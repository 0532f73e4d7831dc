// Words inside documents in Chromium (issue 30): an officer attaches a signed PDF, sees it being
// read and then "Text found", finds it from the header's search by a word inside it, and opens it at
// the page; a partner finds from the portal's search box the demo's MOU shared with them, and not
// the officer's internal one.
import { describe, expect, inject, it } from "vitest";
import { textPdf } from "@/lib/documents/samples";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const AGREEMENT = "ILO/ADB Memorandum of Understanding";

// The browser's side of it; both databases are covered by the integration tests (document-text).
describe.runIf(inject("databaseKind") === "embedded")("searching inside documents", () => {
  it("an officer attaches a PDF, waits for its text, finds it by a word on its second page and opens it there", async () => {
    const page = await pageAs("officer@example.org");
    await page.getByRole("link", { name: AGREEMENT }).click();
    await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
    const agreementPath = new URL(page.url()).pathname;
    const pdf = await textPdf([["Annex 1"], ["The Parties shall train thirty quokka inspectors in Manila."]]);
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Annex training (browser).pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await page.getByRole("button", { name: "Attach" }).click();
    await page.locator("form [role=status]").filter({ hasText: "The file was attached." }).waitFor();
    // Read in the background: the page shows the state it is in; reloading shows the next.
    const item = () => page.locator("li", { hasText: "Annex training (browser).pdf" });
    for (let tries = 0; tries < 60 && !(await item().getByText("Text found, 2 pages").isVisible()); tries++) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    await item().getByText("Text found, 2 pages").waitFor();

    const box = page.getByRole("searchbox", { name: "Search all records" });
    await box.fill("quokka inspectors");
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=quokka\+inspectors$/);
    const documents = page.getByRole("region", { name: "Inside documents" });
    await documents.getByRole("link", { name: "Annex training (browser).pdf" }).waitFor();
    expect(await documents.locator("mark").allTextContents()).toEqual(["quokka", "inspectors"]);
    const onPage = documents.getByRole("link", { name: "found on page 2" });
    expect(await onPage.getAttribute("href")).toMatch(/^\/documents\/[^/?]+\?view=1#page=2$/);
    // The PDF opens in the browser (inline), not as a download.
    const response = await page.request.get(url((await onPage.getAttribute("href"))!.replace(/#.*$/, "")));
    expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
    expect(Buffer.from(await response.body()).equals(Buffer.from(pdf))).toBe(true);
    await documents.getByRole("link", { name: `Agreement: ${AGREEMENT}` }).click();
    await page.waitForURL((u) => u.pathname === agreementPath);
    await page.context().close();
  });

  it("a partner searches the documents shared with them from the portal, and only those", async () => {
    const page = await pageAs("adb@example.org");
    const box = page.getByRole("searchbox", { name: "Search your documents" });
    await box.fill('"labour market information"');
    await box.press("Enter");
    await page.waitForURL(/\/portal\/search\?q=/);
    const documents = page.getByRole("region", { name: "Inside documents" });
    // The demo's documents are read a few seconds after the app starts.
    for (let tries = 0; tries < 30 && !(await documents.isVisible()); tries++) {
      await page.waitForTimeout(1000);
      await page.reload();
    }
    await documents.getByRole("link", { name: "ILO-ADB MOU signed.pdf" }).waitFor();
    await documents.getByRole("link", { name: `Agreement: ${AGREEMENT}` }).click();
    await page.waitForURL(/\/portal\/agreements\//);
    // The officer's annex is not shared: the partner does not find it.
    await page.goto(url("/portal/search?q=quokka"));
    await page.getByText("Nothing matches every word of “quokka”").waitFor();
    await page.context().close();
  });
});
