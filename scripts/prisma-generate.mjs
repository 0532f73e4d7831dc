// npm's postinstall: generates the Prisma client (lib/generated/prisma) without a download. Prisma 7's
// CLI looks for its native schema engine before it generates, and downloads one when it finds none;
// generating needs no schema engine, so it is pointed at an executable every machine has (Node.js
// itself), which it never runs. Plain JavaScript: it runs before anything else is set up.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
