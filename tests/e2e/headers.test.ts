// Browser-side defences: a per-request nonce CSP that Next.js's own scripts satisfy and injected
// scripts do not, no framing, and the other security headers.
import { describe, expect, inject, it } from "vitest";
import { signInCookie } from "@/scripts/http";
import { DEMO_PASSWORD } from "./app";
import { browserPerFile, url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("browser-side defences (headers the app sets whatever its database: run on the embedded one)", () => {
  const { pageAs } = browserPerFile();

  it("every page carries a fresh nonce policy and the security headers", async () => {
    const [first, second] = await Promise.all([fetch(url("/sign-in")), fetch(url("/sign-in"))]);
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce!);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Next.js's inline scripts carry the nonce.
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    for (const [name, value] of [
      ["x-frame-options", "DENY"],
      ["x-content-type-options", "nosniff"],
      ["referrer-policy", "same-origin"],
      ["strict-transport-security", "max-age=63072000; includeSubDomains"],
    ]) {
      expect(first.headers.get(name), name).toBe(value);
    }
    expect(first.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("the app works under the policy, and an inline handler injected into the page does not run", async () => {
    const page = await pageAs("officer@example.org");
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/home", "/dashboard", "/agreements", "/meetings", "/projects", "/partners", "/calendar"]) {
      await page.goto(url(path));
      await page.getByRole("heading", { level: 1 }).waitFor();
    }
    // Client-side navigation and a form still work.
    await page.goto(url("/agreements"));
    await page.getByRole("link", { name: "ILO/ASEAN Cooperation Agreement" }).click();
    await page.waitForURL(/\/agreements\/[^/]+$/);
    expect(violations).toEqual([]);

    // The classic injection: markup with an inline event handler (as stored XSS would put in a page).
    const ran = await page.evaluate(async () => {
      const box = document.createElement("div");
      box.innerHTML = `<img src="/no-such-image.png" onerror="window.__injected = true">`;
      document.body.appendChild(box);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.context().close();
  });

  it("the session cookie is HttpOnly and SameSite=Lax, and names nothing but a session", async () => {
    const csrf = await fetch(url("/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const response = await fetch(url("/api/auth/callback/credentials"), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: new URL(url("/")).origin },
      body: new URLSearchParams({ csrfToken, email: "officer@example.org", password: DEMO_PASSWORD, json: "true" }),
    });
    const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
    // The JWT's payload holds only the session id (role and status are read from the database).
    const payloadSegments = session!.split(";")[0].split("=")[1].split(".");
    expect(payloadSegments.length).toBe(5); // encrypted (JWE): nothing readable in the browser
  });

  it("addresses no page could mean are refused with 400, not a server error", async () => {
    for (const path of ["/agreements/%ff%fe", "/agreements?q=%00", "/documents/%00", "/feeds/meetings/a%0Ab"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect(response.status, path).toBe(400);
      expect(await response.text()).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });

  it("next-auth refuses forged posts: a sign-in without its CSRF token, and a sign-out from another site", async () => {
    // A sign-in posted from another site with the right password but no token: no session.
    const forgedSignIn = await fetch(url("/api/auth/callback/credentials"), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ email: "officer@example.org", password: DEMO_PASSWORD, json: "true" }),
    });
    expect(forgedSignIn.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);

    // A signed-in officer's browser made to post the sign-out (cookies sent, token unknown): still signed in.
    const cookie = await signInCookie(url(""), "officer2@example.org", DEMO_PASSWORD);
    const forgedSignOut = await fetch(url("/api/auth/signout"), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: "https://evil.example" },
      body: new URLSearchParams({ csrfToken: "guessed", json: "true" }),
    });
    await forgedSignOut.body?.cancel();
    const session = (await (await fetch(url("/api/auth/session"), { headers: { cookie } })).json()) as { sid?: string };
    expect(session.sid).toBeTruthy();
    expect((await fetch(url("/agreements"), { headers: { cookie }, redirect: "manual" })).status).toBe(200);
  });
});
