// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, a dev dependency),
// for authoring migrations offline: Prisma 7's CLI diffs with a native engine it downloads at run
// time, which no air-gapped machine can have (docs/decisions/015-prisma-7.md). The engine insists on
// a driver adapter even for a diff that reads no database: an in-memory embedded one.
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { openEmbeddedDatabase } from "../lib/database/embedded";

interface WasmSchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string }>;
  free(): void;
}

/** Loads the engine's WebAssembly once (its package imports the .wasm file as a module, which Node.js cannot). */
function engineClass(): { new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<WasmSchemaEngine> } {
  const require = createRequire(import.meta.url);
  const wasm = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasm)), { "./schema_engine_bg.js": bindings as never });
  const glue = bindings as unknown as { __wbg_set_wasm(exports: unknown): void; SchemaEngine: ReturnType<typeof engineClass> };
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  // Where a panic of the engine leaves its message (Prisma's CLI sets this up).
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = { set_message: (message: string) => console.error(message) };
  return glue.SchemaEngine;
}

/** The SQL that takes a database from the schema `from` (null: an empty database) to the schema `to`. */
export async function schemaDiff(from: string | null, to: string): Promise<string> {
  const database = await openEmbeddedDatabase({ command: "schema diff" });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: database.url, max: 1 }));
    const engine = await engineClass().new({ datamodels: [["schema.prisma", to]] }, () => undefined, adapter);
    try {
      const files = (content: string) => ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] });
      const result = await engine.diff({
        from: from === null ? { tag: "empty" } : files(from),
        to: files(to),
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.stdout;
    } finally {
      engine.free();
    }
  } finally {
    await database.close();
  }
}
