// Sign-in back-off, kept in the database: per email and per address, the same for unknown and
// known emails, cleared by a success.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sessions";
import { SignInThrottledError } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";

const PASSWORD = "the right long password";
const from = (ipAddress: string) => ({ ipAddress, userAgent: "test" });
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function attempt(email: string, password: string, ip: string, now?: Date) {
  try {
    return (await checkCredentials(email, password, from(ip), now)) ? "ok" : "refused";
  } catch (error) {
    if (error instanceof SignInThrottledError) return `wait ${error.retryAfterSeconds}`;
    throw error;
  }
}

beforeEach(async () => {
  await db().signInEvent.deleteMany();
});

describe("per email", () => {
  it("after five failures even the right password waits, with a growing wait; then it works", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, "wrong password!", "10.0.0.1")).toBe("refused");
    expect(await attempt(user.email, PASSWORD, "10.0.0.2")).toMatch(/^wait (29|30)$/);
    // Throttled attempts do not lengthen the wait.
    expect(await attempt(user.email, PASSWORD, "10.0.0.2")).toMatch(/^wait (2\d|30)$/);
    expect(await attempt(user.email, PASSWORD, "10.0.0.2", later(1))).toBe("ok");
    // The success clears the count.
    expect(await attempt(user.email, "wrong password!", "10.0.0.1", later(1))).toBe("refused");
    expect(await attempt(user.email, PASSWORD, "10.0.0.1", later(1))).toBe("ok");
  });

  it("treats an unknown email exactly as a known one", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt("nobody@example.org", "wrong password!", "10.0.0.3")).toBe("refused");
    expect(await attempt("nobody@example.org", "wrong password!", "10.0.0.3")).toMatch(/^wait/);
    expect(await attempt("NOBODY@example.org ", "wrong password!", "10.0.0.4")).toMatch(/^wait/); // same email, other case
  });

  it("doubles the wait with each further failure, up to fifteen minutes", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    for (let i = 0; i < 5; i++) await attempt(user.email, "wrong password!", "10.0.0.5");
    await attempt(user.email, "wrong password!", "10.0.0.5", later(1)); // allowed after the wait: a sixth failure
    expect(await attempt(user.email, PASSWORD, "10.0.0.5", later(1))).toMatch(/^wait (59|60)$/);
  });
});

describe("per address", () => {
  it("after twenty failures from one address, every email from it waits; other addresses do not", async () => {
    const user = await makeUser("OFFICER", { password: PASSWORD });
    for (let i = 0; i < 20; i++) expect(await attempt(`guess${i}@example.org`, "wrong password!", "10.9.9.9")).toBe("refused");
    expect(await attempt(user.email, PASSWORD, "10.9.9.9")).toMatch(/^wait/);
    expect(await attempt(user.email, PASSWORD, "10.9.9.8")).toBe("ok");
  });
});
