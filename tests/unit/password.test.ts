import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

it("accepts the right password and refuses a wrong one", async () => {
  const hash = await hashPassword("correct horse battery staple");
  expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
  expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
  expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
});

it("salts every hash, so equal passwords do not look equal", async () => {
  expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
});

it("refuses a malformed stored hash instead of throwing", async () => {
  expect(await verifyPassword("anything", "md5$abc")).toBe(false);
});
