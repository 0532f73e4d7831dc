// Second factors in Chromium: an officer turns on an authenticator app (codes computed by the test
// as the app would), signs in with it; a wrong and a replayed code are refused and, repeated, held
// back; a recovery code works once. An administrator without a second factor is held at the gate,
// enrols a passkey (Chromium's virtual authenticator), signs in with it after the password, then
// without a password once chosen.
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { codeAt } from "@/lib/auth/second-factor/totp";
import { unusedTotpCode } from "@/scripts/http";
import { browserPerFile, signIn, url } from "./browser";

const { browser, pageAs } = browserPerFile();
const PASSWORD = "a long second-factor passphrase";
const CODE_FIELD = "Code from your authenticator app, or a recovery code";

/** An account invited by the demo administrator, its password chosen through the link; returns its email. */
async function invited(role: "Partnership officer" | "Administrator", name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.org`;
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  const form = admin.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = (await admin.locator("p.font-mono").textContent())!.trim();
  await admin.context().close();
  const page = await (await browser().newContext()).newPage();
  await page.goto(url(new URL(link).pathname));
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("The same again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set my password" }).click();
  await page.waitForURL(/\/sign-in\?welcome=/);
  await page.context().close();
  return email;
}

/** Email and password only: the page the session is sent to next. */
async function passwordOnly(page: Page, email: string): Promise<string> {
  await page.goto(url("/sign-in"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/sign-in" && u.pathname !== "/"); // "/" sends on
  return new URL(page.url()).pathname;
}

/**
 * Submits a code and waits for the server's answer, then for the form to empty itself (or the page
 * to move on): a code typed before the form has reset from the last answer would be wiped by it.
 */
async function enterCode(page: Page, code: string) {
  await page.getByLabel(CODE_FIELD).fill(code);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/second-factor");
  await page.getByRole("button", { name: "Continue" }).click();
  await answered;
  const settled = async () => new URL(page.url()).pathname !== "/second-factor" || (await page.getByLabel(CODE_FIELD).inputValue({ timeout: 1000 }).catch(() => "")) === "";
  await expect.poll(settled).toBe(true);
}

async function signOut(page: Page) {
  await page.context().clearCookies();
}

it("an authenticator app: enrolment, sign-in, wrong and replayed codes, a recovery code once, then the back-off", async () => {
  const email = await invited("Partnership officer", "Otto Twofactor");
  const page = await (await browser().newContext()).newPage();
  await signIn(page, email, PASSWORD);
  await page.goto(url("/account"));
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect.poll(() => page.getByRole("img", { name: "QR code for the authenticator app" }).locator("svg").count()).toBe(1);
  await page.getByLabel("Code the app shows now").fill("000000");
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await page.getByText("That code is not right").first().waitFor();
  await page.getByLabel("Code the app shows now").fill(await unusedTotpCode(inject("baseUrl"), email, secret));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await page.getByRole("list", { name: "Recovery codes" }).waitFor();
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await signOut(page);

  // The password alone opens nothing: every page sends the session back to the second factor.
  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await page.goto(url("/agreements"));
  expect(new URL(page.url()).pathname).toBe("/second-factor");
  await enterCode(page, "123456");
  await page.getByText("That code is not right, or it was used already.").waitFor();
  const code = await unusedTotpCode(inject("baseUrl"), email, secret);
  await enterCode(page, code);
  await page.waitForURL(url("/home"));
  await signOut(page);

  // The same code again, in a new session: a replay.
  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await enterCode(page, code);
  await page.getByText("That code is not right, or it was used already.").waitFor();
  // A recovery code, once.
  await enterCode(page, codes[0]);
  await page.waitForURL(url("/home"));
  await signOut(page);
  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await enterCode(page, codes[0]);
  await page.getByText("That code is not right, or it was used already.").waitFor();

  // A full sign-in clears the email's count: one failure since the recovery code; four more, and even the right code waits.
  for (const wrong of ["111111", "222222", "333333", "444444"]) {
    await enterCode(page, wrong);
    await page.getByText("That code is not right").waitFor();
  }
  await enterCode(page, codeAt(secret, Date.now()));
  await page.getByText(/Too many failed attempts\. Wait \d+ seconds/).waitFor();
  expect(new URL(page.url()).pathname).toBe("/second-factor");
  await page.context().close();

  // What the administrators see of it.
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  await admin.getByRole("link", { name: "Otto Twofactor" }).click();
  await admin.getByText("an authenticator app, 9 unused recovery codes").waitFor();
  expect(await admin.getByText("Refused: wrong second-factor code").count()).toBeGreaterThanOrEqual(5);
  await admin.getByText("Refused: throttled").first().waitFor();
  await admin.context().close();
});

it("an administrator without a second factor reaches nothing until one is enrolled; a passkey then signs in, with and without the password", async () => {
  const email = await invited("Administrator", "Ari Newadmin");
  const page = await (await browser().newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await page.getByRole("heading", { name: "Protect your account with a second factor" }).waitFor();
  for (const path of ["/admin/users", "/home", "/account"]) {
    await page.goto(url(path));
    expect(new URL(page.url()).pathname, path).toBe("/second-factor");
  }
  expect((await page.request.get(url("/admin/backup"), { maxRedirects: 0 })).status()).toBe(401);

  await page.getByLabel("Name of the new passkey").fill("Test laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.getByText("Passkey “Test laptop” added.").waitFor();
  expect(await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").count()).toBe(10);
  await page.getByRole("link", { name: "I have kept them: continue" }).click();
  await page.waitForURL(url("/home"));
  await page.goto(url("/admin/users"));
  await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();

  // Next time: the password, then the passkey.
  await signOut(page);
  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await page.waitForURL(url("/home"));

  // Refused without a password until the administrator chooses it; then the passkey alone signs in.
  await signOut(page);
  await page.goto(url("/sign-in"));
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.getByText("That passkey does not sign you in on its own").waitFor();
  expect(await passwordOnly(page, email)).toBe("/second-factor");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await page.waitForURL(url("/home"));
  await page.goto(url("/account"));
  await page.getByRole("list", { name: "Your passkeys" }).getByText("Test laptop", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Let me sign in with a passkey alone" }).click();
  await page.getByRole("button", { name: "Ask for my password too" }).waitFor();
  await signOut(page);
  await page.goto(url("/sign-in"));
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForURL(url("/home"));
  await page.goto(url("/admin/users"));
  await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
  await page.context().close();

  // Deactivated again, so the demo administrator stays the only one (user-admin.test.ts counts on it).
  const admin = await pageAs("admin@example.org");
  await admin.goto(url("/admin/users"));
  await admin.getByRole("link", { name: "Ari Newadmin" }).click();
  await admin.getByRole("button", { name: /Deactivate/ }).click();
  await admin.getByRole("button", { name: "Reactivate" }).waitFor();
  await admin.context().close();
});
