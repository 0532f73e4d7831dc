// The officer's agreement journey in the browser, and what others cannot do to it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { url, browserPerFile } from "./browser";

const { pageAs } = browserPerFile();


const reference = `RUP/KHM/E2E-${Date.now()}`;
const title = "ILO/Cambodia MOU on labour inspection (e2e)";
let agreementPath = "";

async function fillNewMou(page: Page) {
  await page.goto(url("/agreements/new"));
  await page.getByLabel("Reference").fill(reference);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Instrument").selectOption({ label: "Memorandum of understanding" });
  await page.getByLabel("Modality").selectOption({ label: "Bilateral" });
  await page.getByLabel("Status").selectOption({ label: "Active" });
  await page.getByLabel("Signed before it was recorded here").check();
  await page.getByLabel("Party 1", { exact: true }).selectOption({ label: "International Labour Organization (ILO)" });
  await page.getByLabel("Party 2", { exact: true }).selectOption({ label: "Government of Cambodia" });
  await page.getByLabel("Signed", { exact: true }).fill("2026-11-02");
  await page.getByLabel("Expires").fill("2031-11-01");
  await page.getByLabel("Countries covered").fill("kh");
  await page.getByLabel("Contribution amount").fill("250,000.00");
  await page.getByLabel("Currency").fill("usd");
  await page.getByLabel("Occupational safety and health").check();
  // Kept by the Jakarta office, below the regional one: both demo officers may change it.
  await page.getByLabel("Office", { exact: true }).selectOption({ label: "\u00a0\u00a0ILO Country Office for Indonesia and Timor-Leste" });
}

describe("an officer", () => {
  it("is told what is wrong beside the field, and keeps what was typed", async () => {
    const page = await pageAs("officer@example.org");
    await fillNewMou(page);
    await page.getByLabel("Expires").fill("2020-01-01");
    await page.getByRole("button", { name: "Create agreement" }).click();
    await page.getByText("The expiry date is before the agreement takes effect.").waitFor();
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe(title);
    await expect(page.getByLabel("Contribution amount").inputValue()).resolves.toBe("250,000.00");
    await page.context().close();
  });

  it("is checked in the browser even when sending the form at once, before its checks have loaded: nothing reaches the server", async () => {
    // The form's schema loads when the form is first touched (components/ui/use-record-form.ts);
    // a click on "Create agreement" as the page's very first act must still be checked here.
    const page = await pageAs("officer@example.org");
    await page.goto(url("/agreements/new"));
    const posts: string[] = [];
    page.on("request", (request) => void (request.method() === "POST" && posts.push(request.url())));
    await page.getByRole("button", { name: "Create agreement" }).click();
    await page.locator("#reference-error").waitFor();
    expect(await page.getByLabel("Reference").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Reference").evaluate((field) => field === document.activeElement)).toBe(true);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("records a new MOU as active only when saying it was signed before it was recorded here, which its activity says", async () => {
    const page = await pageAs("officer@example.org");
    await fillNewMou(page);
    // Active without saying so would walk round clearance: refused beside the status.
    await page.getByLabel("Signed before it was recorded here").uncheck();
    await page.getByRole("button", { name: "Create agreement" }).click();
    await expect(page.locator("#status-error").textContent()).resolves.toContain("until a manager clears it");
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe(title);
    await page.getByLabel("Signed before it was recorded here").check();
    await page.getByRole("button", { name: "Create agreement" }).click();
    await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
    agreementPath = new URL(page.url()).pathname;
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain(title);
    expect(main).toContain("Government of Cambodia");
    expect(main).toContain("USD 250,000.00");
    expect(main).toContain("2 Nov 2026");
    expect(main).toContain("Cambodia");
    expect(main).toContain("Olivia Officer created it as signed before it was recorded here (not cleared here)");
    await page.context().close();
  });

  it("is refused, with who changed it, when saving over another officer's newer change; nothing is overwritten", async () => {
    const first = await pageAs("officer@example.org");
    const second = await pageAs("officer2@example.org");
    await first.goto(url(`${agreementPath}/edit`));
    await second.goto(url(`${agreementPath}/edit`));

    await first.getByLabel("Title").fill(`${title} (first)`);
    await first.getByRole("button", { name: "Save changes" }).click();
    await first.waitForURL(url(agreementPath));

    // Omar reads the form in French (his saved choice).
    await second.getByLabel("Titre").fill(`${title} (second)`);
    await second.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const refusal = second.locator("main").getByRole("alert");
    await refusal.waitFor();
    // In his language, naming who changed it.
    expect(await refusal.textContent()).toContain("Olivia Officer a modifié cet accord");
    await expect(second.getByLabel("Titre").inputValue()).resolves.toBe(`${title} (second)`);

    await first.reload();
    expect(await first.getByRole("heading", { level: 1 }).textContent()).toBe(`${title} (first)`);
    await first.context().close();
    await second.context().close();
  });
});

describe("a manager", () => {
  it("reads the agreement but has no way to change it", async () => {
    const page = await pageAs("manager@example.org");
    await page.goto(url(agreementPath));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(title);
    for (const name of ["Edit", "Archive"]) {
      expect(await page.getByRole("link", { name, exact: true }).count()).toBe(0);
      expect(await page.getByRole("button", { name, exact: true }).count()).toBe(0);
    }
    await page.goto(url("/agreements"));
    expect(await page.getByRole("link", { name: "New agreement" }).count()).toBe(0);
    for (const path of ["/agreements/new", `${agreementPath}/edit`]) {
      expect((await page.goto(url(path)))?.status(), path).toBe(404);
    }
    await page.context().close();
  });

  it("is refused by the server when replaying an officer's save", async () => {
    const { headers, body } = await captureOfficerSave();
    const manager = await pageAs("manager@example.org");
    const replay = await manager.request.post(url(`${agreementPath}/edit`), { headers, data: body });
    expect(await replay.text()).toMatch(/"message":\{"key":"problems.mayNotChangeAgreements".*"denied":true/);
    await manager.goto(url(agreementPath));
    expect(await manager.getByRole("heading", { level: 1 }).textContent()).toBe(`${title} (first)`);
    await manager.context().close();
  });
});

it("a cross-origin post of an officer's own save, with the officer's cookies, changes nothing (CSRF)", async () => {
  const { headers, body, officer } = await captureOfficerSave({ keepOpen: true });
  const forged = await officer.request.post(url(`${agreementPath}/edit`), {
    headers: { ...headers, origin: "https://evil.example" },
    data: body,
  });
  expect(forged.ok()).toBe(false);
  await officer.goto(url(agreementPath));
  expect(await officer.getByRole("heading", { level: 1 }).textContent()).toBe(`${title} (first)`);
  await officer.context().close();
});

/** The Server Action request an officer's "Save changes" sends, stopped before it reaches the server. */
async function captureOfficerSave(options: { keepOpen?: boolean } = {}) {
  const officer = await pageAs("officer@example.org");
  await officer.goto(url(`${agreementPath}/edit`));
  await officer.getByLabel("Title").fill("Should never be saved");
  let captured: { headers: Record<string, string>; body: string } | null = null;
  await officer.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postData() ?? "" };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await officer.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await officer.unroute("**/*");
  if (!options.keepOpen) await officer.context().close();
  // The request context adds the cookies of whoever sends it: drop the officer's.
  const { cookie: _officerCookie, ...headers } = captured!.headers;
  void _officerCookie;
  return { headers, body: captured!.body, officer };
}

it("an officer archives the agreement: it leaves the list, keeps its page and history, and can be restored", async () => {
  const page = await pageAs("officer@example.org");
  await page.goto(url(agreementPath));
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("button", { name: "Restore" }).waitFor();
  expect(await page.locator("main").textContent()).toContain("Olivia Officer archived it");
  await page.goto(url("/agreements"));
  expect(await page.getByRole("link", { name: `${title} (first)` }).count()).toBe(0);
  await page.context().close();
});
