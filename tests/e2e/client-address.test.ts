// Whose address the sign-in back-off counts, over HTTP. Behind a reverse proxy (an app of its own
// whose trusted proxy is ::1, so this test reaches it over IPv6 loopback as the proxy) the address
// is the one the proxy appended to X-Forwarded-For: what a client wrote before it can neither lock a
// chosen address out nor let an attacker escape the per-address limit. With no proxy configured
// (the shared app), X-Forwarded-For is not read at all.
import { describe, expect, inject, it } from "vitest";
import { actionId, callAction, unusedTotpCode } from "@/scripts/http";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./app";
import { url } from "./browser";
import { ownAppPerFile } from "./own-app";

describe.runIf(inject("databaseKind") === "embedded")("whose address is counted (the same code on either database: run on the embedded one)", () => {
  const own = ownAppPerFile({ TRUSTED_PROXIES: "::1" });
  /** The own app as its proxy reaches it. */
  const viaProxy = () => own.base.replace("localhost", "[::1]");

  type Outcome = { kind: "signed-in"; cookie: string } | { kind: "refused" | "throttled" };

  /** A sign-in as next-auth's form sends it, through a proxy that passes `forwardedFor` on. */
  async function signIn(base: string, email: string, password: string, forwardedFor: string): Promise<Outcome> {
    const headers = { "x-forwarded-for": forwardedFor };
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
    if (session) return { kind: "signed-in", cookie: [...cookies, session].join("; ") };
    const { url: next } = (await response.json()) as { url: string };
    return { kind: new URL(next).searchParams.get("error")?.startsWith("throttled:") ? "throttled" : "refused" };
  }

  /** The addresses the account page lists for the signed-in person's sessions. */
  async function sessionAddresses(base: string, cookie: string): Promise<string[]> {
    const page = await (await fetch(`${base}/account`, { headers: { cookie } })).text();
    return [...page.matchAll(/([\d.:a-f]+)(?:<!-- -->)? · signed in/g)].map((m) => m[1]);
  }

  it("behind a proxy, a forged X-Forwarded-For neither locks out the address it names nor lets an attacker escape the per-address limit", async () => {
    const attacker = "198.51.100.66";
    const victim = "203.0.113.7";
    // Twenty failures from the attacker, each naming the victim and a new address of its own before the proxy's entry.
    for (let i = 0; i < 20; i++) {
      const outcome = await signIn(viaProxy(), `invented-${i}@example.org`, "not the password", `${victim}, 192.0.2.${i}, ${attacker}`);
      expect(outcome.kind, `attempt ${i + 1}`).toBe("refused");
    }
    // The attacker's address is throttled now, whatever it writes before the proxy's entry; even the right password waits.
    expect((await signIn(viaProxy(), "invented-x@example.org", "not the password", `192.0.2.200, ${attacker}`)).kind).toBe("throttled");
    expect((await signIn(viaProxy(), "officer@example.org", DEMO_PASSWORD, `10.9.8.7, ${attacker}`)).kind).toBe("throttled");

    // The victim, reaching the proxy from the address the attacker named, signs in; the session records that address.
    const officer = await signIn(viaProxy(), "officer@example.org", DEMO_PASSWORD, victim);
    expect(officer.kind).toBe("signed-in");
    expect(await sessionAddresses(viaProxy(), (officer as { cookie: string }).cookie)).toContain(victim);
  });

  it("an action Next.js forwards to the page that holds it keeps the client's address, not the server's own", async () => {
    const client = "198.51.100.88";
    const admin = await signIn(viaProxy(), "admin@example.org", DEMO_PASSWORD, client);
    expect(admin.kind).toBe("signed-in");
    const { cookie } = admin as { cookie: string };
    // A wrong code posted to a page that does not hold the action: forwarded inside the server, from its own address.
    const wrongCode = new FormData();
    wrongCode.set("_1_code", "000000");
    wrongCode.set("0", JSON.stringify([null, "$K1"]));
    const forwarded = await fetch(`${viaProxy()}/agreements`, {
      method: "POST",
      headers: { cookie, "next-action": actionId("proveCodeAction"), origin: viaProxy(), accept: "text/x-component", "x-forwarded-for": `203.0.113.250, ${client}` },
      body: wrongCode,
    });
    expect(await forwarded.text()).toContain("problems.codeWrong");
    const right = await callAction(viaProxy(), cookie, actionId("proveCodeAction"), "/second-factor", { code: await unusedTotpCode(viaProxy(), "admin@example.org", DEMO_TOTP_SECRET) });
    expect((right.answer as { ok?: boolean }).ok).toBe(true);

    const users = await (await fetch(`${viaProxy()}/admin/users`, { headers: { cookie } })).text();
    const adminId = users.match(/href="\/admin\/users\/(c\w+)"[^>]*>Ada Admin</)![1];
    const page = await (await fetch(`${viaProxy()}/admin/users/${adminId}`, { headers: { cookie } })).text();
    const signIns = page.slice(page.indexOf("Recent sign-ins")).split("<li").slice(1);
    // (The right code above came without a proxy's header: from the connection's address.)
    expect(signIns.find((row) => row.includes("wrong second-factor code"))).toContain(`>${client}<`);
    expect(signIns.join()).not.toContain("203.0.113.250");
  });

  it("with no proxy configured, X-Forwarded-For is not believed: the connection's own address is recorded", async () => {
    const manager = await signIn(url(""), "manager@example.org", DEMO_PASSWORD, "203.0.113.9");
    expect(manager.kind).toBe("signed-in");
    const addresses = await sessionAddresses(url(""), (manager as { cookie: string }).cookie);
    expect(addresses).not.toContain("203.0.113.9");
    expect(addresses.some((a) => a === "127.0.0.1" || a === "::1"), addresses.join()).toBe(true);
  });
});
