// Prisma's CLI here only generates the client (`npm ci` runs scripts/prisma-generate.mjs). The app
// applies migrations itself (lib/database/migrate.ts) and migrations are authored with the
// WebAssembly schema engine (`npm run db:diff`): nothing needs Prisma's native engines, which are
// downloaded at run time and cannot be had offline (docs/decisions/015-prisma-7.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Commands that reach a database would use it; generating the client reaches none.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unset@localhost/unset" },
});
