import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration and end-to-end tests run on the embedded PostgreSQL, and again on a real
// PostgreSQL server when TEST_DATABASE_URL names one.
const kinds = process.env.TEST_DATABASE_URL ? (["embedded", "postgres"] as const) : (["embedded"] as const);
const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" } },
      ...kinds.map((kind) => ({
        resolve: { alias },
        test: {
          name: `integration-${kind}`,
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          env: { TEST_DB_KIND: kind },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      ...kinds.map((kind) => ({
        resolve: { alias },
        test: {
          name: `e2e-${kind}`,
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: [`tests/e2e/start-app-${kind}.ts`],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      })),
    ],
  },
});
