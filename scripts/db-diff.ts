// Prints the SQL migration from the schema at a git revision (default HEAD; "empty" for none) to
// the working prisma/schema.prisma. Save it as prisma/migrations/<timestamp>_<name>/migration.sql.
// Prisma's CLI insists on a driver adapter even for a diff that reads no database, so it gets a
// throwaway in-memory embedded one.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openEmbeddedDatabase } from "../lib/database/embedded";

const from = process.argv[2] ?? "HEAD";
let fromArgs = ["--from-empty"];
if (from !== "empty") {
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pr-diff-")), "schema.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", `${from}:prisma/schema.prisma`]));
  fromArgs = ["--from-schema-datamodel", previous];
}
const database = await openEmbeddedDatabase({ command: "db:diff" });
try {
  // Asynchronous: the embedded database answers from this process's event loop.
  const child = spawn(
    "npx",
    ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DATABASE_URL: database.url } },
  );
  const [code] = await once(child, "exit");
  process.exitCode = code ?? 1;
} finally {
  await database.close();
}
