// The unit's most frequent tasks, counted in the steps a person takes: form submissions (Server
// Actions) and page loads (documents, and the router's page fetches; not its prefetches). The
// figures must be those of the README's "Steps per task" table, "after" columns, so a change that
// adds a step shows there; and no task takes more than two submissions. One database is enough.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const stamp = Date.now();
const ACTIVE = `Steps: ILO/ASEAN/Cambodia cooperation (${stamp})`;
const DRAFT = `Steps: ILO/Cambodia draft MOU (${stamp})`;
const MEETING = `Steps: yearly review (${stamp})`;
const ITEM = `Steps: send the labour statistics (${stamp})`;

/** The README's figures for a task: after the change, submissions and page loads. */
function readmeAfter(task: string) {
  const readme = fs.readFileSync("README.md", "utf8");
  const row = readme.split("\n").find((line) => line.startsWith(`| ${task} |`));
  if (!row) throw new Error(`No row for "${task}" in the README's steps table`);
  const cells = row.split("|").map((c) => c.trim());
  return { submissions: Number(cells[4]), loads: Number(cells[5]) };
}

/** Counts what the pages ask of the server from now on. */
function count(...pages: Page[]) {
  const counted = { submissions: 0, loads: 0 };
  for (const page of pages) {
    page.on("request", (request) => {
      const headers = request.headers();
      if (request.method() === "POST" && headers["next-action"]) counted.submissions++;
      else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) counted.loads++;
      else if (request.method() === "GET" && headers.rsc === "1" && !headers["next-router-prefetch"] && !headers["next-router-segment-prefetch"]) counted.loads++;
    });
  }
  return counted;
}

async function expectSteps(task: string, counted: { submissions: number; loads: number }) {
  expect(counted.submissions, task).toBeLessThanOrEqual(2);
  expect(counted, task).toEqual(readmeAfter(task));
}

describe.runIf(inject("databaseKind") === "embedded")("steps per task", () => {
  let activePath = "";
  let draftPath = "";

  beforeAll(async () => {
    // The records the tasks work on, set up through the forms (not counted).
    const page = await pageAs("officer@example.org");
    for (const [title, status] of [[ACTIVE, "Active"], [DRAFT, "Draft"]] as const) {
      await page.goto(url("/agreements/new"));
      await page.getByLabel("Reference").fill(`RUP/STEPS/${status}/${stamp}`);
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Instrument").selectOption({ label: "Memorandum of understanding" });
      await page.getByLabel("Modality").selectOption({ label: "Bilateral" });
      await page.getByLabel("Status").selectOption({ label: status });
      if (status === "Active") {
        await page.getByLabel("Signed before it was recorded here").check();
        await page.getByLabel("Signed", { exact: true }).fill("2026-01-15");
        await page.getByLabel("Expires").fill("2030-12-31");
      }
      await page.getByLabel("Party 1", { exact: true }).selectOption({ label: "International Labour Organization (ILO)" });
      await page.getByLabel("Party 2", { exact: true }).selectOption({ label: "Government of Cambodia" });
      if (status === "Active") {
        await page.getByRole("button", { name: "Add a party" }).click();
        await page.getByLabel("Party 3", { exact: true }).selectOption({ label: "Association of Southeast Asian Nations (ASEAN)" });
      }
      await page.getByRole("button", { name: "Create agreement" }).click();
      await page.waitForURL(/\/agreements\/(?!new)[^/]+$/);
      if (status === "Active") activePath = new URL(page.url()).pathname;
      else draftPath = new URL(page.url()).pathname;
    }
    await page.goto(url(activePath));
    await page.getByRole("link", { name: "Record a meeting" }).click();
    await page.getByLabel("Title").fill(MEETING);
    await page.getByLabel("Status").selectOption({ label: "Held" });
    await page.getByLabel("Date").fill("2026-11-20");
    await page.getByRole("button", { name: "Add an action item" }).click();
    await page.getByLabel("Action 1", { exact: true }).fill(ITEM);
    await page.getByLabel("Action 1 owner").selectOption({ label: "Association of Southeast Asian Nations" });
    await page.getByRole("button", { name: "Record meeting" }).click();
    await page.waitForURL(/\/meetings\/(?!new)[^/]+$/);
    await page.context().close();
  });

  afterAll(async () => {
    // Out of the other files' lists and totals, which count the demo's agreements and money.
    const page = await pageAs("officer@example.org");
    for (const path of [activePath, draftPath].filter(Boolean)) {
      await page.goto(url(path));
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Archive", exact: true }).first().click();
      await page.getByRole("button", { name: "Restore", exact: true }).first().waitFor();
    }
    await page.context().close();
  });

  it("record a commitment with four instalments, from a party that is not yet a funder", async () => {
    const page = await pageAs("officer@example.org");
    const counted = count(page);
    await page.goto(url(activePath));
    await page.locator("#funding").getByText("Add a commitment").click();
    await page.getByLabel("Funding party").selectOption({ label: "Government of Cambodia (becomes a funding party)" });
    await page.getByLabel("Amount committed").fill("400000");
    await page.getByLabel("Currency").fill("USD");
    // The first is past due: the next task receives it from the home page.
    for (const [i, dueOn] of ["2026-10-31", "2027-04-30", "2027-10-31", "2028-04-30"].entries()) {
      await page.getByRole("button", { name: "Add an instalment" }).click();
      await page.getByLabel(`Instalment ${i + 1} expected on`).fill(dueOn);
      await page.getByLabel(`Instalment ${i + 1} amount`).fill("100000");
    }
    await page.getByRole("button", { name: "Record the commitment" }).click();
    await page.getByText("The commitment was recorded.").waitFor();
    await expectSteps("Record a commitment with four instalments", counted);
    await page.context().close();
  });

  it("record a receipt for an overdue instalment from the home page", async () => {
    const page = await pageAs("officer@example.org");
    const counted = count(page);
    await page.goto(url("/home?scope=unit"));
    const item = page.getByRole("listitem").filter({ hasText: "Government of Cambodia: USD 100,000.00 outstanding" });
    await item.getByRole("link", { name: "Record a receipt" }).click();
    await page.waitForURL(/receipt=/);
    await page.getByLabel("Reference").fill(`STEPS-${stamp}`);
    await page.getByRole("button", { name: "Record the receipt" }).click();
    await page.getByText("The receipt was recorded.").waitFor();
    await expectSteps("Record a receipt for an overdue instalment from the home page", counted);
    await page.context().close();
  });

  it("clear an agreement: the officer submits it, a manager clears it from the dashboard", async () => {
    const officer = await pageAs("officer@example.org");
    const manager = await pageAs("manager@example.org");
    const counted = count(officer, manager);
    await officer.goto(url(draftPath));
    await officer.getByRole("button", { name: "Submit for clearance" }).click();
    await officer.getByRole("region", { name: "Clearance" }).getByText("Waiting for clearance", { exact: true }).waitFor();
    await manager.goto(url("/dashboard"));
    await manager.getByRole("link", { name: /Waiting for clearance/ }).first().click();
    await manager.getByRole("link", { name: DRAFT }).click();
    await manager.waitForURL(`**${draftPath}`);
    await manager.getByRole("button", { name: "Clear" }).click();
    await manager.getByText("It may now be signed and recorded as active.").waitFor();
    await expectSteps("Clear an agreement", counted);
    for (const page of [officer, manager]) await page.context().close();
  });

  it("record an amendment", async () => {
    const page = await pageAs("officer@example.org");
    const counted = count(page);
    await page.goto(url(activePath));
    await page.getByText("Record an amendment").click();
    await page.getByLabel("Kind of amendment").selectOption({ label: "No-cost extension" });
    await page.getByLabel("New expiry date").fill("2031-12-31");
    await page.getByLabel("What it changes").fill("Extends the cooperation by a year.");
    await page.getByRole("button", { name: "Record the amendment" }).click();
    await page.getByText("The amendment was recorded.").waitFor();
    await expectSteps("Record an amendment", counted);
    await page.context().close();
  });

  let reportPath = "";
  it("a partner submits a report", async () => {
    const page = await pageAs("asean@example.org");
    const counted = count(page);
    await page.goto(url("/portal"));
    const due = page.getByRole("row").filter({ hasText: "RAS/13/02/SGP" }).filter({ hasText: "15 Dec 2026" });
    await due.getByRole("link", { name: "Financial report" }).click();
    await page.waitForURL(/\/portal\/reports\//);
    reportPath = new URL(page.url()).pathname;
    await page.getByLabel("What happened in the period").fill("Spending to November as planned; the statement is attached to the finance system's record.");
    await page.getByRole("button", { name: "Submit the report" }).click();
    await page.getByText("Submitted, waiting for review").first().waitFor();
    await expectSteps("A partner submits a report", counted);
    await page.context().close();
  });

  it("accept a partner's report", async () => {
    const page = await pageAs("officer@example.org");
    const counted = count(page);
    await page.goto(url("/reports"));
    await page.locator(`a[href="${reportPath.replace("/portal", "")}"]`).first().click();
    await page.waitForURL(`**${reportPath.replace("/portal", "")}`);
    await page.getByRole("button", { name: "Accept the report" }).click();
    await page.getByText("Accepted", { exact: true }).waitFor();
    await expectSteps("Accept a partner's report", counted);
    await page.context().close();
  });

  it("a partner closes an action item", async () => {
    const page = await pageAs("asean@example.org");
    const counted = count(page);
    await page.goto(url("/portal"));
    await page.getByRole("link", { name: ACTIVE }).click();
    await page.getByRole("link", { name: MEETING }).first().click();
    await page.waitForURL(/\/portal\/meetings\//);
    const item = page.getByRole("listitem").filter({ hasText: ITEM }).first();
    await item.getByLabel("Status").selectOption({ label: "Mark done" });
    await item.getByLabel("Note").fill("Sent on 3 December.");
    await item.getByRole("button", { name: "Send" }).click();
    await page.getByText("Sent on 3 December.").waitFor();
    await expectSteps("A partner closes an action item", counted);
    await page.context().close();
  });

  it("find an agreement by a partner's name and open its latest minutes", async () => {
    const page = await pageAs("officer@example.org");
    const counted = count(page);
    await page.goto(url("/agreements"));
    await page.getByLabel("Search", { exact: true }).fill("Association of Southeast Asian Nations");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: ACTIVE }).click();
    await page.getByRole("link", { name: MEETING }).first().click();
    await page.waitForURL(/\/meetings\/(?!new)[^/]+$/);
    await page.getByRole("heading", { name: MEETING }).waitFor();
    await expectSteps("Find an agreement by a partner's name and open its latest minutes", counted);
    await page.context().close();
  });
});
