// An administrator invites someone, who chooses a password through the one-time link and signs
// in; deactivating the account ends that session at once.
import { expect, it } from "vitest";
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
