// A write refused by the database outside a transaction (a unique key taken) leaves the connection
// usable: the next queries answer. On the embedded database the pool's replacement connection
// used to be refused by the socket while the old one closed, and every query after failed (EPIPE).
import { expect, it } from "vitest";
import { db } from "@/lib/db";

const taken = () => db().theme.create({ data: { code: "constraint-test", label: "Taken twice" } });

it("answers the next queries after a unique-key violation, one after another and several at once", async () => {
  await taken();
  for (let i = 0; i < 3; i++) {
    await expect(taken()).rejects.toThrow(/Unique constraint/);
    expect(await db().theme.count({ where: { code: "constraint-test" } })).toBe(1);
  }
  const attempts = await Promise.allSettled(Array.from({ length: 6 }, taken));
  expect(attempts.every((a) => a.status === "rejected" && /Unique constraint/.test(String(a.reason)))).toBe(true);
  await expect(db().$executeRaw`INSERT INTO "Theme" (id, code, label) VALUES ('raw', 'constraint-test', 'Raw')`).rejects.toThrow(/unique/i);
  expect(await db().theme.findMany({ where: { code: "constraint-test" }, select: { label: true } })).toEqual([{ label: "Taken twice" }]);
});
