// Cookies are input too: anyone who can set one for the app's domain (a sibling subdomain can)
// must not be able to break pages with it. next-auth's own cookies with hostile values, sent to
// every page that takes no id, signed in and not, must never answer 500, and a broken callback
// address is replaced by a safe one rather than kept.
import fs from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signInCookie } from "@/scripts/http";
import { DEMO_PASSWORD } from "./app";
import { url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("hostile cookies (the same code on either database: run on the embedded one)", () => {
  const AUTH_COOKIES = ["next-auth.callback-url", "next-auth.csrf-token", "next-auth.session-token"];
  const VALUES = ["9036", "", "%", "%E0%A4%A", "javascript:alert(1)", "//evil.example", "http://evil.example/x", "a".repeat(4000), "x|y|z", "%00", "eyJhbGciOiJub25lIn0.e30."];

  // Every page and route whose address has no id in it, from the build's own list (less Next.js's
  // own /_global-error and /_not-found, which are error pages by design).
  const PATHS = Object.values(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>)
    .filter((path) => !path.includes("[") && !path.startsWith("/_"))
    .concat(["/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]);

  let signedIn = "";
  beforeAll(async () => {
    signedIn = await signInCookie(url(""), "officer@example.org", DEMO_PASSWORD);
  });

  /** The signed-in cookie header with one cookie set to `value` (replacing it if present). */
  function withCookie(base: string, name: string, value: string): string {
    const others = base.split("; ").filter((pair) => pair && !pair.startsWith(`${name}=`));
    return [...others, `${name}=${value}`].join("; ");
  }

  it("no page answers 500 to a malformed or foreign auth cookie, signed in or not", async () => {
    const failures: string[] = [];
    for (const name of AUTH_COOKIES) {
      for (const value of VALUES) {
        for (const base of ["", signedIn]) {
          // Every value on the pages anyone lands on; every page for the value that broke them all.
          const paths = value === "9036" ? PATHS : ["/", "/sign-in", "/home", "/api/auth/session"];
          for (const path of paths) {
            const response = await fetch(url(path), { headers: { cookie: withCookie(base, name, value) }, redirect: "manual" });
            await response.arrayBuffer();
            if (response.status >= 500) failures.push(`${response.status} ${path} with ${name}=${value.slice(0, 20)} ${base ? "signed in" : "signed out"}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  /** The values the response sets for the callback-url cookie. */
  const callbackCookiesSet = (response: Response) =>
    response.headers
      .getSetCookie()
      .filter((c) => c.startsWith("next-auth.callback-url="))
      .map((c) => decodeURIComponent(c.split(";")[0].slice("next-auth.callback-url=".length)));

  it("a broken callback-url cookie is cleared, and the session still works", async () => {
    const response = await fetch(url("/api/auth/session"), { headers: { cookie: withCookie(signedIn, "next-auth.callback-url", "9036") } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { sid?: string }).sid).toBeTruthy();
    const set = callbackCookiesSet(response);
    expect(set.length).toBeGreaterThan(0);
    for (const value of set) expect(["", url("")]).toContain(value);

    const page = await fetch(url("/home"), { headers: { cookie: withCookie(signedIn, "next-auth.callback-url", "9036") }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("What needs attention");
  });

  it("a callback-url cookie pointing elsewhere never sends anyone there", async () => {
    const response = await fetch(url("/api/auth/session"), { headers: { cookie: withCookie("", "next-auth.callback-url", "https://evil.example/phish") } });
    expect(response.status).toBe(200);
    expect(callbackCookiesSet(response)).toEqual([url("")]);
  });
});
