// Logical backups, the same for both databases: every table's rows as PostgreSQL renders them in
// JSON (row_to_json, so exact decimals, timestamps and file bytes survive without passing through
// JavaScript numbers), read in one REPEATABLE READ transaction, so the backup is one consistent
// moment even while the app keeps writing. The file is gzipped text:
//
//   {"format":"partnership-records-backup","version":1,...}   header: migrations and row counts
//   #table Agreement                                          then each table's rows, one per line
//   {"id":"…","title":"…",…}
//
// A restore needs a database at the same migrations; it replaces every row in one transaction.

export const BACKUP_FORMAT = "partnership-records-backup";
const VERSION = 1;
const BATCH_ROWS = 500;

/** What backup and restore need of a connection: the CLI passes pg, the app its Prisma transaction. */
export interface Sql {
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** A statement that returns no rows. */
  run(text: string, params?: unknown[]): Promise<void>;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  rows: Record<string, number>;
}

export class BackupError extends Error {}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables (not the migrations table, which the schema owns). */
export async function appTables(sql: Sql): Promise<string[]> {
  const rows = await sql.rows<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(sql: Sql): Promise<string[]> {
  const rows = await sql.rows<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Yields the backup's lines. `sql` must be inside a transaction at REPEATABLE READ (the cursor
 * and the counts then see one snapshot).
 */
export async function* backupLines(sql: Sql, now = new Date()): AsyncGenerator<string> {
  const tables = await appTables(sql);
  const rows: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    rows[table] = n;
  }
  const header: BackupHeader = { format: BACKUP_FORMAT, version: VERSION, createdAt: now.toISOString(), migrations: await appliedMigrations(sql), rows };
  yield JSON.stringify(header);
  for (const table of tables) {
    yield `#table ${table}`;
    await sql.run(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(table)} t`);
    for (;;) {
      const batch = await sql.rows<{ j: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
      for (const { j } of batch) yield j;
      if (batch.length < BATCH_ROWS) break;
    }
    await sql.run(`CLOSE backup_rows`);
  }
}

/**
 * Replaces every row of the database `sql` speaks to with the backup's, in one transaction
 * (the caller's `sql` must not be in one). Foreign keys are not checked while loading (the rows
 * come from one consistent snapshot), which needs a superuser or the database owner's rights.
 */
export async function restoreLines(sql: Sql, lines: AsyncIterable<string>): Promise<BackupHeader> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? "" : first.value);
  const migrations = await appliedMigrations(sql);
  if (migrations.join() !== header.migrations.join()) {
    throw new BackupError(
      `The backup was taken at migrations up to ${header.migrations.at(-1) ?? "(none)"}, this database is at ${migrations.at(-1) ?? "(none)"}: ` +
        "run the app version the backup came from, or migrate both to the same version first.",
    );
  }
  const tables = await appTables(sql);
  const unknown = Object.keys(header.rows).filter((t) => !tables.includes(t));
  if (unknown.length) throw new BackupError(`The backup holds tables this database lacks: ${unknown.join(", ")}.`);

  await sql.run("BEGIN");
  try {
    await sql.run("SET LOCAL session_replication_role = replica");
    await sql.run(`TRUNCATE ${tables.map(quote).join(", ")}`);
    let table: string | null = null;
    let columns = "";
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await sql.run(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [`[${batch.join(",")}]`]);
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.startsWith("#table ")) {
        await flush();
        table = line.slice(7);
        if (!tables.includes(table)) throw new BackupError(`The backup holds a table this database lacks: ${table}.`);
        columns = (await storedColumns(sql, table)).map(quote).join(", ");
      } else if (line.trim()) {
        if (!table) throw new BackupError("The backup's rows come before any table: the file is damaged.");
        batch.push(line);
        if (batch.length >= BATCH_ROWS) await flush();
      }
    }
    await flush();
    for (const [name, expected] of Object.entries(header.rows)) {
      const [{ n }] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(name)}`);
      if (n !== expected) throw new BackupError(`The backup is incomplete: ${name} should have ${expected} rows, it has ${n}. Nothing was restored.`);
    }
    await resetSequences(sql, tables);
    await sql.run("COMMIT");
  } catch (error) {
    await sql.run("ROLLBACK");
    throw error;
  }
  return header;
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new BackupError("This is not a backup made by `npm run db:backup` (no header line).");
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError("This is not a backup made by `npm run db:backup`.");
  if (header.version !== VERSION) throw new BackupError(`This backup is format version ${header.version}; this app reads version ${VERSION}.`);
  return header;
}

/** Columns a row can be given (generated columns, such as searchText, are computed again). */
async function storedColumns(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.rows<{ name: string }>(
    `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [quote(table)],
  );
  return rows.map((r) => r.name);
}

/** Serial columns continue after the restored rows' highest value. */
async function resetSequences(sql: Sql, tables: string[]): Promise<void> {
  for (const table of tables) {
    const serials = await sql.rows<{ column: string; sequence: string }>(
      `SELECT a.attname::text AS column, pg_get_serial_sequence($1, a.attname) AS sequence
         FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
      [quote(table)],
    );
    for (const { column, sequence } of serials) {
      await sql.run(`SELECT setval($1, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`, [sequence]);
    }
  }
}

/** `Sql` over a node-postgres client (the command-line scripts and tests). */
export function pgSql(client: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> }): Sql {
  return {
    rows: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    run: async (text, params) => {
      await client.query(text, params);
    },
  };
}

/** The lines of a gzipped backup file. */
export async function* backupFileLines(file: string): AsyncGenerator<string> {
  const { createReadStream } = await import("node:fs");
  const { createGunzip } = await import("node:zlib");
  const { createInterface } = await import("node:readline");
  yield* createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

/** Writes a backup's lines to a gzipped file, atomically (a crash leaves no half-written backup under the name). */
export async function writeBackupFile(lines: AsyncIterable<string>, file: string): Promise<void> {
  const fs = await import("node:fs");
  const { Readable } = await import("node:stream");
  const { pipeline } = await import("node:stream/promises");
  const { createGzip } = await import("node:zlib");
  const partial = `${file}.partial`;
  await pipeline(
    Readable.from((async function* () {
      for await (const line of lines) yield `${line}\n`;
    })()),
    createGzip(),
    fs.createWriteStream(partial, { mode: 0o600 }),
  );
  fs.renameSync(partial, file);
}

/** A whole gzipped backup in memory, for the app's own download (its transaction must be REPEATABLE READ). */
export async function gzipBackup(sql: Sql): Promise<Buffer> {
  const { createGzip } = await import("node:zlib");
  const gzip = createGzip();
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => gzip.on("end", resolve).on("error", reject));
  for await (const line of backupLines(sql)) gzip.write(`${line}\n`);
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}
