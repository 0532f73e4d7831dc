// A partner reports through the portal and an officer reviews it, in Chromium: submit with actuals
// and a file, return with a comment, resubmit, accept; the new figures reach the project page,
// the dashboard and the portal. Another organisation reaches none of it. Partners keep their
// action items up to date and the officer may reopen one.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const PROJECT = "Labour inspection in Lao PDR and the ASEAN OSH network";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

it("a partner submits a report, the officer returns it, the partner resubmits, the officer accepts; the figures follow", async () => {
  const partner = await pageAs("asean@example.org");
  const due = partner.getByRole("row").filter({ hasText: "RAS/13/02/SGP" }).filter({ hasText: "31 Dec 2026" });
  await due.getByRole("link", { name: "Progress report" }).click();
  await partner.waitForURL(/\/portal\/reports\//);
  const reportPath = new URL(partner.url()).pathname;
  const reportId = reportPath.split("/").pop()!;

  // The browser checks the form first: health and progress are required for a progress report.
  await partner.getByLabel("What happened in the period").fill("128 inspectors trained; the fourth province started inspections.");
  await partner.getByRole("button", { name: "Submit the report" }).click();
  await partner.getByText("Choose the project's health.").first().waitFor();
  await partner.getByLabel("Health").selectOption("ON_TRACK");
  await partner.getByLabel("Progress (%)").fill("88");
  const trained = partner.getByRole("group", { name: "Indicators in the period" }).locator("div").filter({ hasText: "Labour inspectors trained" }).first();
  await trained.getByLabel("Actual").fill("128");
  await partner.getByLabel("Attachments").setInputFiles({ name: "progress-2026.pdf", mimeType: "application/pdf", buffer: PDF });
  await partner.getByRole("button", { name: "Submit the report" }).click();
  // The form gives way to the report as the unit will read it, waiting for review, and a
  // confirmation that is still there when the partner comes back to the page.
  await partner.getByText("Submitted, waiting for review").first().waitFor();
  await partner.getByRole("link", { name: "progress-2026.pdf" }).waitFor();
  await partner.reload();
  await partner.getByRole("status").filter({ hasText: /Sent on .* by ASEAN Secretariat \(demo\)\. The unit reviews it/ }).waitFor();

  // The officer finds it waiting, with its file, and returns it with a comment.
  const officer = await pageAs("officer@example.org");
  await officer.goto(url("/reports?show=waiting"));
  await officer.getByRole("row").filter({ hasText: "RAS/13/02/SGP" }).getByRole("link", { name: "Progress report" }).click();
  await officer.waitForURL(`**/reports/${reportId}`);
  await officer.getByRole("link", { name: "progress-2026.pdf" }).waitFor();
  await officer.getByRole("button", { name: "Return for changes" }).click();
  await officer.getByText("Say what to change, so the partner knows.").waitFor();
  await officer.getByLabel("Comment to the partner").fill("Give the accident figure by province, please.");
  await officer.getByRole("button", { name: "Return for changes" }).click();
  await officer.getByText(/Returned by Olivia Officer/).waitFor();

  // The partner is told (the bell), sees why, changes the report and resubmits.
  await partner.goto(url("/portal"));
  await partner.getByRole("link", { name: /Notifications, [1-9]\d* unread/ }).click();
  await partner.getByRole("link", { name: /was returned by Olivia Officer: Give the accident figure by province/ }).click();
  await partner.waitForURL(`**${reportPath}`);
  await partner.getByRole("note").getByText("Give the accident figure by province, please.").waitFor();
  const accidents = partner.getByRole("group", { name: "Indicators in the period" }).locator("div").filter({ hasText: "Reported serious accidents" }).first();
  await accidents.getByLabel("Actual").fill("4.8");
  await accidents.getByLabel("Comment").fill("Vientiane 5.1, Savannakhet 4.4");
  await partner.getByRole("button", { name: "Submit the report" }).click();
  // Saved: the report as the unit reads it now carries the new comment (a pending button only changes its label).
  await partner.getByRole("cell", { name: "Vientiane 5.1, Savannakhet 4.4" }).waitFor();

  await officer.reload();
  await officer.getByRole("button", { name: "Accept the report" }).click();
  await officer.getByRole("heading", { name: /Progress report due/ }).waitFor();
  await officer.getByText("Accepted", { exact: true }).waitFor();

  // The project page: the accepted report is the status report of record, and the actuals are in the framework.
  await officer.getByRole("link", { name: new RegExp(PROJECT) }).click();
  await officer.waitForURL(/\/projects\//);
  const indicator = officer.getByRole("listitem", { name: "Labour inspectors trained" });
  const period = indicator.getByRole("row").filter({ hasText: "31 Dec 2026" });
  await period.getByText("128").waitFor();
  await period.getByText("reported by ASEAN").waitFor();
  await indicator.getByText("Behind").waitFor(); // 128 of the 150 targeted: under 90% of the way
  await officer.getByText("128 inspectors trained; the fourth province started inspections.").first().waitFor();

  // The dashboard counts it with the others, naming it behind.
  await officer.goto(url("/dashboard"));
  await officer.getByRole("list", { name: "Indicators behind" }).getByText("Labour inspectors trained").waitFor();

  // The portal shows the partner the same figures, and the report accepted.
  await partner.goto(url(reportPath));
  await partner.getByText("Accepted", { exact: true }).waitFor();
  await partner.getByRole("link", { name: /RAS\/13\/02\/SGP/ }).click();
  await partner.getByRole("listitem", { name: "Labour inspectors trained" }).getByText("128").waitFor();
  const projectPath = new URL(partner.url()).pathname;
  // The portal's own Reports page, one click from anywhere in it, lists it under Accepted.
  await partner.getByRole("link", { name: "Reports", exact: true }).first().click();
  await partner.waitForURL("**/portal/reports");
  const acceptedSection = partner.locator("section").filter({ has: partner.getByRole("heading", { name: "Accepted" }) });
  await acceptedSection.getByRole("row").filter({ hasText: "RAS/13/02/SGP" }).filter({ hasText: "31 Dec 2026" }).waitFor();
  const toSend = partner.locator("section").filter({ has: partner.getByRole("heading", { name: "To send or under review" }) });
  expect(await toSend.getByRole("row").filter({ hasText: "RAS/13/02/SGP" }).filter({ hasText: "31 Dec 2026" }).count()).toBe(0);

  // Another organisation reaches neither the report, its file, nor the project.
  const other = await pageAs("adb@example.org");
  expect((await other.goto(url(reportPath)))?.status()).toBe(404);
  const fileHref = await officer.goto(url(`/reports/${reportId}`)).then(() => officer.getByRole("link", { name: "progress-2026.pdf" }).getAttribute("href"));
  expect((await other.request.get(url(fileHref!))).status()).toBe(404);
  expect((await partner.request.get(url(fileHref!))).status()).toBe(200);
  expect((await other.goto(url(projectPath)))?.status()).toBe(404);
  for (const page of [partner, officer, other]) await page.context().close();
});

it("a partner marks its action item done with a note; the officer sees it and reopens it with a comment", async () => {
  const partner = await pageAs("asean@example.org");
  await partner.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
  await partner.getByRole("link", { name: "ILO/ASEAN yearly review 2025" }).first().click();
  await partner.waitForURL(/\/portal\/meetings\//);
  const meetingId = partner.url().split("/").pop()!;
  const item = partner.getByRole("listitem").filter({ hasText: "Share ASEAN labour statistics for the regional outlook" }).first();
  await item.getByLabel("Status").selectOption({ label: "Mark done" });
  await item.getByLabel("Note").fill("Sent to the regional office on 20 November.");
  await item.getByRole("button", { name: "Send" }).click();
  await partner.getByText("Sent to the regional office on 20 November.").waitFor();
  // Done now: the form offers no "done" again, and sending it unchanged without a note adds nothing.
  await item.getByLabel("Status").locator("option", { hasText: "Done (no change)" }).waitFor({ state: "attached" });
  expect(await item.getByLabel("Status").locator("option").allTextContents()).toEqual(["Done (no change)", "Mark in progress"]);
  await item.getByRole("button", { name: "Send" }).click();
  await item.getByRole("alert").filter({ hasText: "Write a note, or choose a new status." }).waitFor();
  expect(await item.getByRole("list", { name: "Comments" }).getByRole("listitem").count()).toBe(1);
  await partner.context().close();

  const officer = await pageAs("officer@example.org");
  await officer.goto(url(`/meetings/${meetingId}`));
  const seen = officer.getByRole("listitem").filter({ hasText: "Share ASEAN labour statistics for the regional outlook" }).first();
  await seen.getByText("Sent to the regional office on 20 November.").waitFor();
  await seen.getByLabel("Why it is reopened").fill("The 2025 figures are missing.");
  await seen.getByRole("button", { name: "Reopen" }).click();
  await officer.getByText("The 2025 figures are missing.").waitFor();
  // The agreement page says where the item stands, and why.
  await officer.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement", exact: true }).click();
  await officer.getByText(/Open · Olivia Officer, .*: The 2025 figures are missing\./).waitFor();
  await officer.context().close();
});
