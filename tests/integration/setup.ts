// Runs before each integration test file: gives the file its own clean database and points
// the app's data layer (lib/db.ts) at it.
import { afterAll, inject } from "vitest";
import { createTestDatabase, type DatabaseKind } from "../support/database";

const kind = (process.env.TEST_DB_KIND ?? "embedded") as DatabaseKind;
const database = await createTestDatabase(kind, kind === "embedded" ? inject("embeddedTemplate") : undefined);
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = kind === "embedded" ? "1" : "5";
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

afterAll(async () => {
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  await database.drop();
});
