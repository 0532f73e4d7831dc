// Signing in through the organisation's identity provider (OpenID Connect), in the browser. The
// provider is outside the system, so the test runs one of its own: discovery, an authorisation
// endpoint that approves whoever `person` names, a token endpoint that checks the client's secret
// and the PKCE verifier and answers with an RS256-signed ID token, and its keys. Single sign-on
// admits only people the unit has given an active account; everyone else is told so.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { ownAppPerFile } from "./own-app";

describe.runIf(inject("databaseKind") === "embedded")("single sign-on (the same code on either database: run on the embedded one)", () => {
  const CLIENT_ID = "partnership-records";
  const CLIENT_SECRET = "test-client-secret";
  const keys = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const person = { email: "", name: "" };
  const codes = new Map<string, { challenge: string; nonce?: string; email: string; name: string }>();
  const tokenRequests: { clientAuth: string | undefined; verified: boolean }[] = [];
  const settings: Record<string, string> = {};
  let issuer = "";

  const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

  function idToken(claims: Record<string, unknown>) {
    const header = base64url(JSON.stringify({ alg: "RS256", kid: "test", typ: "JWT" }));
    const payload = base64url(JSON.stringify(claims));
    const signature = crypto.sign("sha256", Buffer.from(`${header}.${payload}`), keys.privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }

  const provider = http.createServer(async (request, response) => {
    const at = new URL(request.url ?? "/", issuer);
    const json = (body: unknown, status = 200) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (at.pathname === "/.well-known/openid-configuration") {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
      });
    }
    if (at.pathname === "/jwks") return json({ keys: [{ ...keys.publicKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" }] });
    if (at.pathname === "/authorize") {
      // The person has signed in at the provider and approved the app: back to it with a code.
      const code = crypto.randomUUID();
      codes.set(code, { challenge: at.searchParams.get("code_challenge") ?? "", nonce: at.searchParams.get("nonce") ?? undefined, ...person });
      const back = new URL(at.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", at.searchParams.get("state") ?? "");
      return response.writeHead(302, { location: back.href }).end();
    }
    if (at.pathname === "/token" && request.method === "POST") {
      let body = "";
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      const grant = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const verified = Boolean(grant) && base64url(crypto.createHash("sha256").update(verifier).digest()) === grant!.challenge;
      const clientAuth = request.headers.authorization;
      tokenRequests.push({ clientAuth, verified });
      const secretSent = clientAuth === `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}` || form.get("client_secret") === CLIENT_SECRET;
      if (!grant || !verified || !secretSent) return json({ error: "invalid_grant" }, 400);
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: issuer, aud: CLIENT_ID, sub: `sso-${grant.email}`, iat: now, exp: now + 300, email: grant.email, name: grant.name, ...(grant.nonce && { nonce: grant.nonce }) };
      return json({ access_token: crypto.randomUUID(), token_type: "Bearer", expires_in: 300, id_token: idToken(claims) });
    }
    json({ error: "not_found" }, 404);
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    Object.assign(settings, { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_NAME: "the organisation's account" });
  });
  // Registered after the provider's start, so the app starts with its address.
  const own = ownAppPerFile(settings);
  afterAll(() => new Promise((resolve) => provider.close(resolve)));

  async function signInThroughProvider(email: string, name: string) {
    Object.assign(person, { email, name });
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${own.base}/sign-in`);
    await page.getByRole("button", { name: "Sign in with the organisation's account" }).click();
    return { browser, page };
  }

  it("a staff member with an account signs in through the organisation's provider and lands on their home page", async () => {
    const { browser, page } = await signInThroughProvider("officer@example.org", "Officer at the provider");
    try {
      await page.waitForURL((u) => u.pathname === "/home");
      expect(tokenRequests.at(-1)?.verified).toBe(true);
      // The session is the officer's own, and the account page says how it was opened.
      await page.goto(`${own.base}/account`);
      await expect(page.locator("main").textContent()).resolves.toContain("officer@example.org");
      await expect(page.locator("main").textContent()).resolves.toMatch(/single sign-on/i);
    } finally {
      await browser.close();
    }
  });

  it("someone the provider knows but the unit has given no account is refused, and told why", async () => {
    const { browser, page } = await signInThroughProvider("stranger@example.org", "Not on the unit's list");
    try {
      await page.waitForURL((u) => u.pathname === "/sign-in" && u.searchParams.has("error"));
      await page.getByRole("alert").filter({ hasText: "there is no active account here for that email address" }).waitFor();
      // Nothing was opened: the home page sends the browser back to sign in.
      await page.goto(`${own.base}/home`);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    } finally {
      await browser.close();
    }
  });
});
