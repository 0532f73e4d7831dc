// npm run db:diff [-- REV|empty]: prints the SQL migration from the schema at a git revision (default
// HEAD; "empty" for none) to the working prisma/schema.prisma. Save it as
// prisma/migrations/<timestamp>_<name>/migration.sql, and review it. Works offline: the schema
// engine is the WebAssembly one (scripts/schema-engine.ts); tests/integration/migrations-match-schema.test.ts
// fails when the migrations and the schema part ways.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { schemaDiff } from "./schema-engine";

const from = process.argv[2] ?? "HEAD";
// Schemas from before Prisma 7 name the datasource's url and the engine type, which 7 refuses; neither changes the SQL.
const previous = from === "empty" ? null : execFileSync("git", ["show", `${from}:prisma/schema.prisma`], { encoding: "utf8" }).replace(/^\s*(url|engineType)\s*=.*$/gm, "");
process.stdout.write(await schemaDiff(previous, fs.readFileSync("prisma/schema.prisma", "utf8")));
