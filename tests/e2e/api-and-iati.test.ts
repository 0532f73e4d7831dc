// The API and IATI publishing as their users meet them in the browser (and the API's errors for
// addresses and methods it does not answer, over HTTP): a partner makes a token on
// its account page (shown once), reads its records with it as a program would, finds the reference
// page, and revokes the token; an administrator publishes an agreement, turns the public IATI file
// on, and the file (fetched without signing in) holds that agreement only, until turned off again.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

it("answers every /api/v1 address that is no endpoint, every method but GET and a bad address with the API's JSON error", async () => {
  const cases: [string, RequestInit, number, string][] = [
    ["/api/v1/agreement", {}, 404, "not_found"],
    ["/api/v1/agreements/a/b", { method: "DELETE" }, 404, "not_found"],
    ["/api/v1/agreements", { method: "POST", body: "{}" }, 405, "method_not_allowed"],
    ["/api/v1/receipts", { method: "PUT", body: "x" }, 405, "method_not_allowed"],
    ["/api/v1/agreements?q=%00", {}, 400, "bad_address"],
  ];
  for (const [path, init, status, code] of cases) {
    const response = await fetch(url(path), init);
    expect(response.status, path).toBe(status);
    expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe(code);
  }
});

it("a partner creates a token, reads only its own records with it, and revokes it", async () => {
  const page = await pageAs("japan@example.org");
  await page.goto(url("/portal/account"));
  // A token without a name is refused in place.
  await page.getByRole("button", { name: "Create a token" }).click();
  await page.getByText("Name the token after where it is used").waitFor();
  await page.getByLabel("Name", { exact: true }).fill("Power BI");
  await page.getByLabel("Lasts").selectOption("30");
  await page.getByRole("button", { name: "Create a token" }).click();
  const token = (await page.getByTestId("api-token").textContent())!.trim();
  expect(token).toMatch(/^prt_[A-Za-z0-9_-]{40,}$/);
  // Other tests may have made tokens for this user: this one is the item named Power BI.
  const listed = page.getByRole("list", { name: "Your API tokens" }).getByRole("listitem").filter({ hasText: "Power BI" });
  await listed.waitFor();
  expect(await listed.textContent()).toContain("never used");

  const asProgram = (path: string) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } });
  const agreements = await asProgram("/api/v1/agreements");
  expect(agreements.status).toBe(200);
  const body = (await agreements.json()) as { data: { title: string }[]; next_cursor: string | null };
  expect(body.data.map((a) => a.title)).toContain("ILO/Japan Multi-bilateral Programme");
  expect(body.data.map((a) => a.title)).not.toContain("ILO/ASEAN Cooperation Agreement");
  expect((await asProgram("/api/v1/partners")).status).toBe(403);

  // The reference page, from the account page's link; the token's last use shows.
  await page.reload();
  expect(await listed.textContent()).not.toContain("never used");
  await page.getByRole("link", { name: "read-only API" }).click();
  await page.waitForURL("**/api/docs");
  await page.getByRole("heading", { name: "Commitments with their instalments" }).waitFor();
  expect(await page.title()).toContain("API reference");

  await page.goto(url("/portal/account"));
  await listed.getByRole("button", { name: "Revoke" }).click();
  await listed.getByText("revoked", { exact: true }).waitFor();
  const refused = await asProgram("/api/v1/agreements");
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("revoked_token");
  await page.context().close();
});

it("an administrator publishes an agreement and turns the public IATI file on, then off", async () => {
  const publicFile = () => fetch(url("/iati/public/activities.xml"));
  expect((await publicFile()).status).toBe(404);
  const page = await pageAs("admin@example.org");
  await page.goto(url("/admin/users"));
  await page.getByRole("link", { name: "IATI publishing" }).click();
  await page.waitForURL("**/admin/iati");
  await page.getByRole("button", { name: "Publish RUP/JPN/1974-01" }).click();
  await page.getByRole("button", { name: "Withdraw RUP/JPN/1974-01" }).waitFor();
  await page.getByRole("button", { name: "Turn on the public file" }).click();
  await page.getByRole("button", { name: "Turn off the public file" }).waitFor();

  const file = await publicFile();
  expect(file.status).toBe(200);
  const xml = await file.text();
  expect(xml).toContain("<iati-identifier>XM-DAC-41302-RUP-JPN-1974-01</iati-identifier>");
  expect(xml).not.toContain("RUP-ASEAN");

  // A sector that is not in IATI's list is refused with a message.
  await page.getByLabel("DAC sector of Skills and TVET").fill("12");
  await page.getByRole("button", { name: "Save the sector of Skills and TVET" }).click();
  await page.getByText("Choose a sector of IATI's DAC 5-digit list.").waitFor();

  await page.getByRole("button", { name: "Withdraw RUP/JPN/1974-01" }).click();
  await page.getByRole("button", { name: "Publish RUP/JPN/1974-01" }).waitFor();
  await page.getByRole("button", { name: "Turn off the public file" }).click();
  await page.getByRole("button", { name: "Turn on the public file" }).waitFor();
  expect((await publicFile()).status).toBe(404);
  await page.context().close();
});
