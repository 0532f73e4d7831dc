// Changing one's own password in the browser: the current one is required, a breached one is
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

it("a partner changes its password from the name in the header; its other session ends, this one stays", async () => {
  const here = await pageAs("adb@example.org");
  const elsewhere = await pageAs("adb@example.org");

  await here.getByRole("link", { name: /ADB liaison \(demo\)/ }).click();
  await here.waitForURL("**/portal/account");

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
