import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration and end-to-end tests run on the embedded PostgreSQL, and again on a real
// PostgreSQL server when TEST_DATABASE_URL names one.
const kinds = process.env.TEST_DATABASE_URL ? (["embedded", "postgres"] as const) : (["embedded"] as const);
const alias = { "@": path.resolve(import.meta.dirname) };
// Unit and integration files run two at a time (each integration file has its own database), and
// first; the browser suites then run one file at a time against their app (groupOrder 1).
const twoAtATime = { maxWorkers: 2, sequence: { groupOrder: 0 } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node", ...twoAtATime } },
      ...kinds.map((kind) => ({
        resolve: { alias },
        test: {
          name: `integration-${kind}`,
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          globalSetup: kind === "embedded" ? ["tests/integration/embedded-template.ts"] : [],
          env: { TEST_DB_KIND: kind },
          ...twoAtATime,
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
          fileParallelism: false, // one worker: Vitest sets maxWorkers to 1
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      })),
    ],
  },
});
