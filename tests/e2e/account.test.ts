// One's own account in the browser: where one is signed in (and signing out of the others, with
// the password again), and changing one's password: the current one is required, a breached one is
// refused, and once changed every other session of the account is signed out, this one kept.
import { expect, it } from "vitest";
import { DEMO_PASSWORD } from "./app";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();
const NEW = "a river of quiet stones";

async function changePassword(page: Awaited<ReturnType<typeof pageAs>>, current: string, password: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("The same again").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
}

it("a partner sees where it is signed in and signs out of another browser", async () => {
  const here = await pageAs("adb@example.org");
  const elsewhere = await pageAs("adb@example.org");
  await here.getByRole("link", { name: /ADB liaison \(demo\)/ }).click();
  await here.waitForURL("**/portal/account");
  const sessions = here.getByRole("list", { name: "Your sessions" });
  await sessions.getByText("This browser").waitFor();
  expect(await sessions.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
  // Whoever sits at this screen cannot sign the owner out elsewhere without the password.
  await here.getByRole("button", { name: /Sign out everywhere else/ }).click();
  await here.locator("form [role=alert]").getByText("Enter your password to sign out elsewhere.").waitFor();
  await here.getByLabel("Your password").fill(DEMO_PASSWORD);
  await here.getByRole("button", { name: /Sign out everywhere else/ }).click();
  await expect.poll(() => sessions.getByRole("listitem").count()).toBe(1);

  await elsewhere.goto(url("/portal"));
  expect(new URL(elsewhere.url()).pathname).toBe("/sign-in");
  expect((await here.goto(url("/portal")))?.status()).toBe(200);
  await here.context().close();
  await elsewhere.context().close();
});

it("a partner changes its password; its other session ends, this one stays", async () => {
  const here = await pageAs("adb@example.org");
  const elsewhere = await pageAs("adb@example.org");
  await here.goto(url("/portal/account"));

  await changePassword(here, "not the password", NEW);
  await here.getByText("This is not your current password.").waitFor();
  await changePassword(here, DEMO_PASSWORD, "qwerty123456");
  await here.getByText(/stolen in breaches/).waitFor();

  await changePassword(here, DEMO_PASSWORD, NEW);
  await here.getByRole("status").getByText(/Your password is changed/).waitFor();

  await elsewhere.goto(url("/portal"));
  expect(new URL(elsewhere.url()).pathname).toBe("/sign-in");
  expect((await here.goto(url("/portal")))?.status()).toBe(200);
  expect(new URL(here.url()).pathname).toBe("/portal");

  // Back to the demo password, for the other tests.
  await here.goto(url("/portal/account"));
  await changePassword(here, NEW, DEMO_PASSWORD);
  await here.getByRole("status").getByText(/Your password is changed/).waitFor();
  await here.context().close();
  await elsewhere.context().close();
});
