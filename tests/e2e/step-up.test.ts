// Step-up: sensitive pages and the backup download ask for the second factor again once the last
// one is older than the window. Runs an app of its own with a 5-second window (STEP_UP_SECONDS), so
// the test need not wait 15 minutes.
import { describe, expect, inject, it } from "vitest";
import { unusedTotpCode } from "@/scripts/http";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./app";
import { browserPerFile } from "./browser";
import { ownAppPerFile } from "./own-app";

describe.runIf(inject("databaseKind") === "embedded")("step-up (the same code on either database: run on the embedded one)", () => {
  const own = ownAppPerFile({ STEP_UP_SECONDS: "5" });
  const { browser } = browserPerFile();
  const ADMIN = "admin@example.org";

  it("asks an administrator for a code again before the backup and user administration, then lets them through", async () => {
    const page = await (await browser().newContext({ acceptDownloads: true })).newPage();
    const code = () => unusedTotpCode(own.base, ADMIN, DEMO_TOTP_SECRET);
    await page.goto(`${own.base}/sign-in`);
    await page.getByLabel("Email").fill(ADMIN);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${own.base}/second-factor`);
    await page.getByLabel("Code from your authenticator app, or a recovery code").fill(await code());
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${own.base}/home`);
    // Within the window: straight through.
    await page.goto(`${own.base}/admin/users`);
    await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();

    await new Promise((r) => setTimeout(r, 6000));
    // The download is a link: it is answered with the second-factor page, then resumes.
    const response = await page.request.get(`${own.base}/admin/backup`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/second-factor?next=%2Fadmin%2Fbackup");
    await page.goto(`${own.base}/admin/users`);
    expect(page.url()).toBe(`${own.base}/second-factor?next=%2Fadmin%2Fusers`);
    await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();
    await page.getByLabel("Code from your authenticator app, or a recovery code").fill(await code());
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${own.base}/admin/users`);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download a backup now" }).click();
    expect((await download).suggestedFilename()).toMatch(/^backup-.*\.ndjson\.gz$/);

    // An action taken after the window closes again is refused, not carried out.
    await new Promise((r) => setTimeout(r, 6000));
    await page.getByRole("button", { name: "Require it of officers too" }).click();
    await page.getByText("Confirm it is you first").waitFor();
    await page.context().close();
  }, 120_000);
});
