// Documents in the browser: the signed PDF attached to its agreement, a disguised file refused, a
// renamed one kept under its real type (and the officer told), and partners downloading only what
// is shared with them.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { url, browserPerFile } from "./browser";

const { pageAs } = browserPerFile();


const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const AGREEMENT = "ILO/ADB Memorandum of Understanding";

async function attach(page: Page, name: string, buffer: Buffer, shared: boolean) {
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "application/pdf", buffer });
  if (shared) await page.getByLabel("Partners may see it").check();
  await page.getByRole("button", { name: "Attach" }).click();
  const status = page.locator("form [role=status]");
  await status.waitFor();
  return status.textContent();
}

it("an officer attaches the signed PDF and an internal note; a disguised program is refused with the reason", async () => {
  const page = await pageAs("officer@example.org");
  await page.getByRole("link", { name: AGREEMENT }).click();
  await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  expect(await attach(page, "ADB MOU signed (e2e).pdf", PDF, true)).toContain("The file was attached.");
  await page.reload();
  expect(await attach(page, "internal briefing (e2e).pdf", PDF, false)).toContain("The file was attached.");
  await page.reload();
  expect(await attach(page, "invoice.pdf", Buffer.from("MZ\x90\x00 a Windows program"), true)).toContain("whatever its name says");
  await page.reload();
  // A web page renamed .pdf is kept as text, and the officer is told so.
  expect(await attach(page, "page.pdf", Buffer.from("<html><body>Agenda</body></html>"), false)).toContain(
    "The file was attached. “page.pdf” was stored as “page.txt”: its content is text, whatever the name “page.pdf” says.",
  );
  await page.reload();
  const documents = await page.locator("section", { hasText: "Documents" }).locator("a").allTextContents();
  expect(documents).toEqual(expect.arrayContaining(["ADB MOU signed (e2e).pdf", "internal briefing (e2e).pdf"]));
  expect(documents).not.toContain("invoice.pdf");
  await page.context().close();
});

it("the partner sees and downloads only the shared document, with safe headers; others get 'not found'", async () => {
  const page = await pageAs("adb@example.org");
  await page.getByRole("link", { name: AGREEMENT }).click();
  await page.waitForURL(/\/portal\/agreements\//);
  const links = page.locator("section", { hasText: "Documents" }).locator("a");
  // The demo's own signed MOU is shared too; the internal briefing is not.
  expect((await links.allTextContents()).sort()).toEqual(["ADB MOU signed (e2e).pdf", "ILO-ADB MOU signed.pdf"]);
  const href = (await links.filter({ hasText: "(e2e)" }).getAttribute("href"))!;
  const response = await page.request.get(url(href));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toContain("attachment;");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);
  await page.context().close();

  const other = await pageAs("asean@example.org");
  expect((await other.request.get(url(href))).status()).toBe(404);
  await other.context().close();
});
