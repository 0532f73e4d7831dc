// A passwordless sign-in's challenge is handed to anyone who asks, so what it stores is bounded:
// ten at a time from one address, two thousand at a time overall; expired ones make room again.
import { afterEach, expect, it } from "vitest";
import { authenticationOptions, SIGN_IN_CHALLENGES_OVERALL, SIGN_IN_CHALLENGES_PER_ADDRESS } from "@/lib/auth/second-factor/passkeys";
import { db } from "@/lib/db";

process.env.NEXTAUTH_URL ??= "http://localhost:3000"; // the passkeys' site (read once, on first use)
const from = (ipAddress: string) => ({ ipAddress, userAgent: "test" });

afterEach(async () => {
  await db().webAuthnChallenge.deleteMany({});
});

it("refuses an address its eleventh challenge within their lifetime, and no other address", async () => {
  for (let i = 0; i < SIGN_IN_CHALLENGES_PER_ADDRESS; i++) expect(await authenticationOptions(null, from("203.0.113.5"))).not.toBeNull();
  expect(await authenticationOptions(null, from("203.0.113.5"))).toBeNull();
  expect(await authenticationOptions(null, from("203.0.113.6"))).not.toBeNull();
  expect(await db().webAuthnChallenge.count({ where: { purpose: "sign-in", ipAddress: "203.0.113.5" } })).toBe(SIGN_IN_CHALLENGES_PER_ADDRESS);

  // Once they expire, the address may start again (and the expired rows are swept).
  await db().webAuthnChallenge.updateMany({ where: { ipAddress: "203.0.113.5" }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await authenticationOptions(null, from("203.0.113.5"))).not.toBeNull();
  expect(await db().webAuthnChallenge.count({ where: { ipAddress: "203.0.113.5" } })).toBe(1);
});

it("refuses everyone once too many are waiting overall, as from a flood of addresses", async () => {
  const expiresAt = new Date(Date.now() + 60_000);
  await db().webAuthnChallenge.createMany({
    data: Array.from({ length: SIGN_IN_CHALLENGES_OVERALL }, (_, i) => ({ challenge: `flood-${i}`, purpose: "sign-in", ipAddress: `10.0.${i >> 8}.${i & 255}`, expiresAt })),
  });
  expect(await authenticationOptions(null, from("198.51.100.1"))).toBeNull();
  expect(await authenticationOptions(null, { ipAddress: null, userAgent: null })).toBeNull();
});
