// The partner portal's answers (acknowledgement, comments), calendars and the summary PDF.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const MEETING = "ILO/ADB yearly consultation 2024";
const ITEM = "Joint note on green jobs in ADB infrastructure projects"; // owned by the ADB

it("a partner acknowledges minutes and comments on its action item; the officer sees both", async () => {
  const partner = await pageAs("adb@example.org");
  await partner.getByRole("link", { name: "ILO/ADB Memorandum of Understanding" }).click();
  await partner.waitForURL(/\/portal\/agreements\//);
  await partner.getByRole("link", { name: MEETING }).first().click();
  await partner.waitForURL(/\/portal\/meetings\//);
  const meetingId = partner.url().split("/").pop()!;
  await partner.getByRole("button", { name: "Acknowledge the minutes" }).click();
  await partner.getByRole("list", { name: "Acknowledgements" }).getByText(/Acknowledged by ADB/).waitFor();
  // The ADB's own item has one form: with no new status, its note is a comment, shown at once,
  // as text (not markup). Sent empty, it says what is missing and adds nothing.
  const item = partner.getByRole("listitem").filter({ hasText: ITEM }).first();
  expect(await item.locator("form").count()).toBe(1);
  await item.getByRole("button", { name: "Send" }).click();
  await item.getByRole("alert").filter({ hasText: "Write a note, or choose a new status." }).waitFor();
  expect(await item.getByRole("list", { name: "Comments" }).count()).toBe(0);
  await item.getByLabel("Note").fill("Training planned for March <b>2027</b>.");
  await item.getByRole("button", { name: "Send" }).click();
  await partner.getByText("Training planned for March <b>2027</b>.").waitFor();
  expect(await item.getByLabel("Status").locator("option").first().textContent()).toBe("Done (no change)"); // done in the demo, and still
  // The calendar file of the meeting.
  const ics = await partner.request.get(url(`/feeds/meetings/${meetingId}`));
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`SUMMARY:${MEETING}`);
  await partner.context().close();

  const officer = await pageAs("officer@example.org");
  await officer.goto(url(`/meetings/${meetingId}`));
  await officer.getByText(/Acknowledged by ADB \(ADB liaison \(demo\)\)/).waitFor();
  await officer.getByText("Training planned for March <b>2027</b>.").waitFor();
  expect(await officer.locator("main").textContent()).toContain("(ADB)");

  // Another organisation reaches none of it.
  const other = await pageAs("japan@example.org");
  expect((await other.goto(url(`/portal/meetings/${meetingId}`)))?.status()).toBe(404);
  expect((await other.request.get(url(`/feeds/meetings/${meetingId}`))).status()).toBe(404);
  await other.context().close();
  await officer.context().close();
});

it("a private calendar feed works without signing in, until it is revoked", async () => {
  const partner = await pageAs("asean@example.org");
  await partner.goto(url("/portal/calendar"));
  await partner.getByRole("button", { name: "Make a feed address" }).click();
  const feed = (await partner.getByTestId("feed-url").textContent())!.trim();
  const path = new URL(feed).pathname;
  const anonymous = await fetch(url(path));
  expect(anonymous.status).toBe(200);
  const body = await anonymous.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).not.toContain("ADB");
  await partner.getByRole("button", { name: "Revoke" }).click();
  await partner.getByText("The feed address no longer works.").waitFor();
  expect((await fetch(url(path))).status).toBe(404);
  await partner.context().close();
});

it("the agreement summary downloads as a one-page PDF", async () => {
  const officer = await pageAs("officer@example.org");
  await officer.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
  await officer.waitForURL(/\/agreements\/[^/]+$/);
  const href = await officer.getByRole("link", { name: "Summary (PDF)" }).getAttribute("href");
  const response = await officer.request.get(url(href!));
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect((await fetch(url(href!))).status).toBe(401); // not signed in
  await officer.context().close();
});
