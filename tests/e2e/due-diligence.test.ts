// Due diligence in the browser: a draft agreement with a company whose assessment expired cannot be
// cleared; an officer records a new assessment on the partner's page, a manager approves it, and
// the manager can then clear the draft. Partners never reach any of it.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const COMPANY = "Mekong Apparel Co., Ltd. (invented)";
const TITLE = "ILO/Mekong Apparel partnership for safer factories (e2e)";

it("an officer records an assessment, a manager approves it, and the agreement can then be cleared", async () => {
  const officer = await pageAs("officer@example.org");
  await officer.goto(url("/agreements/new"));
  await officer.getByLabel("Reference").fill("RUP/MEK/2026-01");
  await officer.getByLabel("Title").fill(TITLE);
  await officer.getByLabel("Instrument").selectOption({ label: "Public-private partnership agreement" });
  await officer.getByLabel("Modality").selectOption({ label: "Public-private" });
  await officer.getByLabel("Status").selectOption({ label: "Draft" });
  await officer.getByLabel("Party 1", { exact: true }).selectOption({ label: "International Labour Organization (ILO)" });
  await officer.getByLabel("Party 2", { exact: true }).selectOption({ label: COMPANY });
  await officer.getByRole("button", { name: "Create agreement" }).click();
  await officer.waitForURL(/\/agreements\/(?!new$)[^/]+$/);
  const agreementUrl = officer.url();
  await officer.getByRole("button", { name: "Submit for clearance" }).click();
  // The panel's heading is the state: wait for the submission itself, not for a button's label.
  await officer.getByRole("region", { name: "Clearance" }).getByText("Waiting for clearance", { exact: true }).waitFor();

  const manager = await pageAs("manager@example.org");
  await manager.goto(agreementUrl);
  await manager.getByRole("button", { name: "Clear" }).click();
  await manager.getByText(`${COMPANY} needs a current, approved due-diligence assessment`).waitFor();

  // The officer assesses the company on its page: missing sources are refused in place first.
  await officer.goto(url("/partners"));
  await officer.getByRole("link", { name: COMPANY }).click();
  const section = officer.locator("#due-diligence");
  await section.getByText("Assessment expired").waitFor();
  await section.getByText("Record an assessment").click();
  await section.getByLabel("Findings").fill("Follow-up audit closed the overtime findings; no listing; accounts audited.");
  await section.getByLabel("Risk").selectOption({ label: "Medium risk" });
  await section.getByLabel("Decision").selectOption({ label: "Engage with mitigation measures" });
  await section.getByRole("button", { name: "Record the assessment" }).click();
  await section.getByText("Tick the sources you checked.").waitFor();
  await section.getByText("List the mitigation measures").waitFor();
  await section.getByLabel("UN Security Council sanctions list").check();
  await section.getByLabel("Labour-rights record").check();
  await section.getByLabel("Mitigation measures", { exact: true }).fill("Quarterly audit reports shared with the unit");
  await section.getByRole("button", { name: "Record the assessment" }).click();
  await section.getByText("The assessment was recorded.").waitFor();
  await officer.reload();
  await section.getByText("Awaiting approval").first().waitFor();
  // The assessor cannot approve it.
  expect(await section.getByRole("button", { name: /^Approve/ }).count()).toBe(0);

  await manager.goto(officer.url());
  await manager.locator("#due-diligence").getByRole("button", { name: /^Approve/ }).click();
  await manager.locator("#due-diligence").getByText("Current assessment").waitFor();
  expect(await manager.locator("#due-diligence").textContent()).toContain("approved by Maya Manager");

  await manager.goto(agreementUrl);
  await manager.getByRole("button", { name: "Clear" }).click();
  await manager.getByText("It may now be signed and recorded as active.").waitFor();
  await officer.context().close();
  await manager.context().close();
});

it("shows partners nothing of it, and the dashboard shows staff where partners stand", async () => {
  const manager = await pageAs("manager@example.org");
  await manager.goto(url("/dashboard#due-diligence"));
  const overview = manager.locator("#due-diligence");
  await overview.getByText("Partners by risk (assessment in force)").waitFor();
  const text = (await overview.textContent()) ?? "";
  expect(text).toContain("BP Indonesia");
  expect(text).toContain(COMPANY); // medium risk since the test above
  await manager.context().close();

  const partner = await pageAs("japan@example.org");
  const portal = (await partner.locator("main").textContent()) ?? "";
  expect(portal).not.toMatch(/due diligence|sanctions/i);
  await partner.context().close();
});
