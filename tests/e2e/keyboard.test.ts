// The main journeys with the keyboard alone, in French (the browser asks for it, as a French-speaking
// officer's would): Tab to each control (by its accessible name, from the French catalogue), type,
// choose options by typing, press Enter or Space. Every control reached on the way must show where
// the focus is. An officer signs in, creates an agreement with two parties, records a meeting with
// an action item and shared minutes, attaches a document; the partner acknowledges the minutes.
import type { Browser, Page } from "playwright-core";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { DEMO_PASSWORD } from "./app";
import { launchBrowser, url } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What the screens say in French. */
const t = createTranslator({ locale: "fr", messages: messagesFor("fr") }) as unknown as (key: string, values?: Record<string, string | number>) => string;

const ASEAN_AGREEMENT = "ILO/ASEAN Cooperation Agreement";
const MEETING = `ILO/ASEAN keyboard review ${Date.now()}`;
/** Controls that took the focus without showing it. */
const unseenFocus = new Set<string>();

/** Presses Tab (or Shift+Tab) until the focused control's accessible name is `name`. */
async function tabTo(page: Page, name: string, { back = false, most = 120 } = {}) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const e = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      if (!e || e === document.body) return { name: "", visible: true };
      const style = getComputedStyle(e);
      const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      const name = (e.getAttribute("aria-label") ?? e.labels?.[0]?.textContent ?? e.textContent ?? "").replace(/\s+/g, " ").trim();
      return { name, visible };
    });
    if (!focused.visible) unseenFocus.add(focused.name);
    if (focused.name === name) return;
  }
  throw new Error(`Tab never reached "${name}" on ${page.url()}`);
}

async function typeInto(page: Page, name: string, text: string) {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

async function newPage(): Promise<Page> {
  return (await browser.newContext({ locale: "fr-FR" })).newPage();
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto(url("/sign-in"));
  await typeInto(page, t("signIn.email"), email);
  await typeInto(page, t("signIn.password"), DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => ["/home", "/portal"].includes(u.pathname));
}

/** Follows a link reached by Tab from the top of the page. */
async function follow(page: Page, name: string) {
  await tabTo(page, name);
  await page.keyboard.press("Enter");
}

let officer: Page;
beforeAll(async () => {
  officer = await newPage();
});

it("an officer signs in with the keyboard", async () => {
  await signInByKeyboard(officer, "officer@example.org");
  expect(new URL(officer.url()).pathname).toBe("/home");
});

it("creates an agreement with two parties", async () => {
  const title = `ILO/Cambodia exchange of letters (keyboard ${Date.now()})`;
  await officer.goto(url("/agreements"));
  await follow(officer, t("agreements.list.new"));
  await officer.waitForURL("**/agreements/new");
  await typeInto(officer, t("forms.agreement.reference"), `RUP/KHM/KB-${Date.now()}`);
  await typeInto(officer, t("forms.agreement.title"), title);
  // Typed as a keyboard types it (a select finds options by their first letters; Playwright inserts accented letters as text).
  await typeInto(officer, t("forms.agreement.instrument"), "Lettre d");
  await typeInto(officer, t("forms.agreement.modality"), "Bilat");
  await typeInto(officer, t("forms.rows.parties.row", { n: 1 }), "International Labour");
  await typeInto(officer, t("forms.rows.parties.row", { n: 2 }), "Government of Cambodia");
  await follow(officer, t("forms.agreement.create"));
  await officer.waitForURL(/\/agreements\/(?!new)[^/]+$/);
  // Announced in the page's live region.
  await officer.getByRole("status").getByText(t("common.saved.created")).waitFor();
  const main = await officer.locator("main").textContent();
  expect(main).toContain(title);
  expect(main).toContain("International Labour Organization");
  expect(main).toContain("Government of Cambodia");
});

it("records a meeting with an action item and shares its minutes", async () => {
  await officer.goto(url("/agreements?q=ASEAN"));
  await follow(officer, ASEAN_AGREEMENT);
  await officer.waitForURL(/\/agreements\/[^/]+$/);
  await follow(officer, t("agreements.page.recordMeeting"));
  await officer.waitForURL(/\/meetings\/new$/);
  await typeInto(officer, t("forms.meeting.title"), MEETING);
  await typeInto(officer, t("forms.meeting.status"), t("codes.meetingStatuses.HELD"));
  // A date field's order of day and month follows the browser's own language (this Chromium's is
  // American English), not the page's.
  await typeInto(officer, t("forms.meeting.date"), "11202026");
  await typeInto(officer, t("forms.meeting.minutes"), "Agreed with the keyboard alone.");
  await tabTo(officer, t("forms.meeting.share"));
  await officer.keyboard.press("Space");
  await follow(officer, t("forms.meeting.addItem"));
  // The new item's description has the focus.
  await officer.keyboard.type("Translate the inspection guide");
  await typeInto(officer, t("forms.meeting.itemOwner", { n: 1 }), "Association of Southeast");
  await follow(officer, t("forms.meeting.create"));
  await officer.waitForURL(/\/meetings\/(?!new)[^/]+$/);
  await officer.getByRole("status").getByText(t("common.saved.created")).waitFor();
  const main = await officer.locator("main").textContent();
  expect(main).toContain(MEETING);
  expect(main).toContain("Translate the inspection guide");
  expect(main).toContain("Agreed with the keyboard alone.");
});

it("attaches a document to the meeting, shared with the partners", async () => {
  const chooser = officer.waitForEvent("filechooser");
  await tabTo(officer, t("forms.upload.file"));
  await officer.keyboard.press("Space");
  await (await chooser).setFiles({ name: "keyboard minutes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%keyboard\n") });
  await tabTo(officer, t("forms.upload.shared"));
  await officer.keyboard.press("Space");
  await follow(officer, t("forms.upload.attach"));
  await officer.getByRole("status").getByText(t("forms.upload.attached")).waitFor();
  await officer.getByRole("link", { name: "keyboard minutes.pdf" }).waitFor();
  await officer.context().close();
});

it("the partner signs in with the keyboard and acknowledges the minutes", async () => {
  const partner = await newPage();
  await signInByKeyboard(partner, "asean@example.org");
  await follow(partner, ASEAN_AGREEMENT);
  await partner.waitForURL(/\/portal\/agreements\/[^/]+$/);
  await follow(partner, MEETING);
  await partner.waitForURL(/\/portal\/meetings\/[^/]+$/);
  await partner.getByText("Agreed with the keyboard alone.").waitFor();
  await follow(partner, t("forms.feedback.acknowledge"));
  await partner.getByRole("list", { name: t("meetings.page.acknowledgements") }).getByText(/Accusé de réception de ASEAN/).waitFor();
  await partner.context().close();
  expect([...unseenFocus]).toEqual([]);
});
