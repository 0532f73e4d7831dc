// Prisma's CLI runs on its bundled WebAssembly engines only (nothing is downloaded):
// `engine: "js"` + a driver adapter. The app applies migrations itself (lib/database/migrate.ts);
// the CLI generates the client and authors migrations (`npm run db:diff`).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The CLI resolves env("DATABASE_URL") in the schema before anything else; when it cannot, it
// falls back to the native engines and tries to download them. A placeholder keeps it on Wasm.
const PLACEHOLDER_URL = "postgresql://unset@localhost/unset";
process.env.DATABASE_URL ||= PLACEHOLDER_URL;

// Prisma 6.19's Wasm schema describer reads catalog columns of type `name` (OID 19), which
// adapter-pg cannot deserialise (prisma/prisma#27403): report them as text (OID 25).
class NameAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
        return res;
      });
    }
    return result;
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url || url === PLACEHOLDER_URL) {
      throw new Error("Set DATABASE_URL for Prisma CLI commands that reach a database.");
    }
    return new PrismaPg(new pg.Pool({ connectionString: url, max: 1, allowExitOnIdle: true, Client: NameAsTextClient }));
  },
});
