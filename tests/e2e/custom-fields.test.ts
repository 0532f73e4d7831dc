// Custom fields as their people meet them in Chromium against the built app: an administrator adds
// a field to agreements, an officer fills it in on the Japan agreement, finds the agreement by it in the list and shows it as a column; the Government
// of Japan's partner sees the field marked for partners on its portal, and none of the staff-only ones.
import { describe, expect, inject, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const FIELD = "Donor visibility";
const JAPAN = "ILO/Japan Multi-bilateral Programme";

// The browser's side of it; both databases are covered by the integration tests (custom-fields, saved-views).
describe.runIf(inject("databaseKind") === "embedded")("custom fields and views", () => {
  it("an administrator defines a field; an officer fills it, filters by it and shows it as a column; the partner sees only what is marked for partners", async () => {
    const admin = await pageAs("admin@example.org");
    await admin.goto(url("/admin/custom-fields"));
    const add = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Add the field" }) });
    await add.getByLabel("On", { exact: true }).selectOption("AGREEMENT");
    await add.getByLabel("Label", { exact: true }).fill(FIELD);
    await add.getByLabel("Type").selectOption("ONE_OF");
    await add.getByRole("button", { name: "Add the field" }).click();
    // One of a list without options: refused beside the options, nothing added.
    await add.getByText("Give at least one option.").waitFor();
    await add.getByLabel("Options", { exact: true }).fill("High\nStandard");
    await add.getByLabel("Label in Français").fill("Visibilité du donateur");
    await add.getByRole("button", { name: "Add the field" }).click();
    await admin.getByRole("status").filter({ hasText: "Field added." }).waitFor();
    await admin.getByText("donor_visibility").waitFor();
    await admin.context().close();

    const officer = await pageAs("officer@example.org");
    await officer.goto(url("/agreements?q=japan"));
    await officer.getByRole("link", { name: JAPAN }).click();
    await officer.waitForURL(/\/agreements\/[\w-]+$/);
    const agreementPath = new URL(officer.url()).pathname;
    await officer.getByRole("link", { name: "Edit", exact: true }).click();
    await officer.waitForURL(/\/edit$/);
    await officer.getByLabel(FIELD).selectOption({ label: "High" });
    await officer.getByRole("button", { name: "Save changes" }).click();
    await officer.waitForURL(/\/agreements\/[\w-]+$/);
    await officer.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const facts = officer.locator("[data-custom-field=donor_visibility]");
    expect(await facts.textContent()).toContain("High");

    // The list: filter by the field, and show it as a column.
    await officer.goto(url("/agreements"));
    const filters = officer.locator("form[action='/agreements']");
    await filters.getByRole("combobox", { name: FIELD, exact: true }).selectOption({ label: "High" });
    await filters.getByRole("checkbox", { name: FIELD }).check();
    await filters.getByRole("button", { name: "Apply" }).click();
    await officer.waitForURL(/cf\.donor_visibility=/);
    const rows = officer.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(JAPAN);
    expect(await officer.getByRole("columnheader", { name: FIELD }).count()).toBe(1);
    expect(await rows.first().textContent()).toContain("High");
    await officer.context().close();

    // The partner: the focal point (marked for partners), not the DWCP outcome nor the new field.
    const partner = await pageAs("japan@example.org");
    await partner.goto(url(agreementPath.replace(/^\/agreements/, "/portal/agreements")));
    await partner.getByRole("heading", { name: JAPAN }).waitFor();
    const main = (await partner.locator("main").textContent()) ?? "";
    expect(main).toContain("Partner's focal point");
    expect(main).toContain("Mr Sato Hiroshi");
    expect(main).not.toContain("DWCP outcome");
    expect(main).not.toContain(FIELD);
    await partner.context().close();
  });

  it("an officer saves a filtered list as a view and shares it; another officer opens it and makes it the list's first view", async () => {
    const officer = await pageAs("officer@example.org");
    await officer.goto(url("/agreements?status=ACTIVE&instrument=MOU&show=partner_s_focal_point"));
    const manage = officer.locator("details").filter({ has: officer.getByText("Save or change views") });
    await manage.locator("summary").click();
    await manage.getByLabel("Save the current filters, sort and columns as").fill("Active MOUs, focal points");
    await manage.getByLabel("Shared with the whole unit").first().check();
    await manage.getByRole("button", { name: "Save this view" }).click();
    const views = officer.getByRole("navigation", { name: "Views" });
    await views.getByRole("link", { name: /Active MOUs, focal points/ }).waitFor();
    await officer.context().close();

    const other = await pageAs("officer2@example.org"); // reads French
    await other.goto(url("/agreements?view=none"));
    const vues = other.getByRole("navigation", { name: "Vues" });
    await vues.getByRole("link", { name: /Active MOUs, focal points/ }).click();
    await other.waitForURL(/instrument=MOU.*view=/);
    // The filters show the view's (opened in the browser, not reloaded).
    await expect.poll(() => other.locator("form[action='/agreements'] select[name='instrument']").inputValue()).toBe("MOU");
    expect(await other.locator("form[action='/agreements'] input[name='show'][value='partner_s_focal_point']").isChecked()).toBe(true);
    expect(await other.getByRole("columnheader", { name: "Point focal du partenaire" }).count()).toBe(1);
    const rows = await other.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    const manage2 = other.locator("details").filter({ has: other.getByText("Enregistrer ou modifier des vues") });
    await manage2.locator("summary").click();
    await manage2.getByRole("button", { name: "L'ouvrir ainsi" }).click();
    await manage2.getByText(/s'ouvre sur/).waitFor();
    // The list asked with nothing opens at that view; "Tout" shows everything.
    await other.goto(url("/agreements"));
    await other.waitForURL(/view=/);
    expect(await other.locator("tbody tr").count()).toBe(rows);
    await other.getByRole("navigation", { name: "Vues" }).getByRole("link", { name: "Tout" }).click();
    await other.waitForURL(/view=none/);
    expect(await other.locator("tbody tr").count()).toBeGreaterThanOrEqual(rows);
    // And back to opening with everything (the other test files sign this officer in at /agreements).
    await other.goto(url("/agreements"));
    await other.waitForURL(/view=/);
    const manage3 = other.locator("details").filter({ has: other.getByText("Enregistrer ou modifier des vues") });
    await manage3.locator("summary").click();
    await manage3.getByRole("button", { name: "Ouvrir plutôt sur tout" }).click();
    await manage3.getByText(/Ouvrir désormais cette liste/).waitFor();
    await other.goto(url("/agreements"));
    expect(new URL(other.url()).search).toBe("");
    await other.context().close();
  });
});
