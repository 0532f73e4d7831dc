import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["**/.next/**", "lib/generated/**", "**/next-env.d.ts", "bench/.data/**", "data/**", "tmp/**", "test-results/**"]),
  {
    // Pages and components reach the database only through lib/*/queries.ts and actions.ts.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Read through lib/<record>/queries.ts." }], patterns: ["@/lib/generated/prisma/client"] },
      ],
    },
  },
]);
