// An administrator invites someone, who chooses a password through the one-time link and signs
// in; deactivating the account ends that session at once. Administrators see the automatic backups.
import { expect, inject, it } from "vitest";
import { browserPerFile, signIn, url } from "./browser";

const { browser, pageAs } = browserPerFile();
const EMAIL = `invited-${Date.now()}@example.org`;
const PASSWORD = "a long invited passphrase";

it("invite, accept, sign in, deactivate", async () => {
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  const form = admin.getByRole("form", { name: "Invite someone" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await form.getByText("Give the email address the invitation goes to.").waitFor(); // checked in the browser first
  await form.getByLabel("Email").fill(EMAIL);
  await form.getByLabel("Name").fill("Invited Officer");
  await form.getByLabel("Role").selectOption({ label: "Partnership officer" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = (await admin.locator("p.font-mono").textContent())!.trim();
  expect(link).toMatch(/\/welcome\/[\w-]{40,}$/);

  const invited = await (await browser().newContext()).newPage();
  await invited.goto(url(new URL(link).pathname));
  await invited.getByText("Welcome, Invited Officer").waitFor();
  await invited.getByLabel("New password").fill(PASSWORD);
  await invited.getByLabel("The same again").fill(PASSWORD);
  await invited.getByRole("button", { name: "Set my password" }).click();
  await invited.waitForURL(/\/sign-in\?welcome=/);
  await signIn(invited, EMAIL, PASSWORD);
  expect(new URL(invited.url()).pathname).toBe("/home");
  // The link is spent.
  await invited.goto(url(new URL(link).pathname));
  await invited.getByText("This link has been used or has expired").waitFor();

  await admin.goto(url("/admin/users"));
  await admin.getByRole("link", { name: "Invited Officer" }).click();
  await admin.waitForURL(/\/admin\/users\/[^/]+$/);
  await admin.getByRole("button", { name: /Deactivate/ }).click();
  await admin.getByRole("button", { name: "Reactivate" }).waitFor();

  await invited.goto(url("/home"));
  await invited.waitForURL(/\/sign-in/);
  await invited.context().close();
  await admin.context().close();
});

it("an administrator cannot deactivate the last administrator", async () => {
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  await admin.locator("main").getByRole("link", { name: "Ada Admin" }).click();
  await admin.waitForURL(/\/admin\/users\/[^/]+$/);
  await admin.getByRole("button", { name: /Deactivate/ }).click();
  await admin.getByText(/last active administrator/).waitFor();
  await admin.context().close();
});

it("shows administrators the app's own last verified backup on the embedded database, and says there is none on a PostgreSQL server", async () => {
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  const backups = admin.locator("section", { has: admin.getByRole("heading", { name: "Backups" }) });
  if (inject("databaseKind") === "postgres") {
    await backups.getByText(/The app takes no backups of its own here/).waitFor();
  } else {
    // The job runner's first round comes a minute after the app starts: the backup, then its check.
    await expect
      .poll(async () => (await admin.reload(), await backups.getByTestId("last-backup").count()), { timeout: 150_000, interval: 5_000 })
      .toBe(1);
    expect(await backups.getByTestId("last-backup").textContent()).toMatch(/^Last verified backup: \d{4}-\d\d-\d\d \d\d:\d\d UTC, backup-[\dT-]+Z\.ndjson\.gz, [\d.]+ [KM]B, \d+ rows restored in its check\.$/);
    expect(await backups.textContent()).toMatch(/Every 24 hours into \S+\/data\/backups, each one checked by restoring it/);
  }
  await backups.getByRole("link", { name: "Download a backup now" }).waitFor();
  await admin.context().close();
}, 200_000);
