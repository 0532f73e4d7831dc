// Whether a database holds no records yet: only then is the demo data loaded. One statement, so
// the launcher can ask through `pg` without loading Prisma and the demo data (about 100 MB it would
// otherwise keep for as long as it serves).
import pg from "pg";

export const HOLDS_NO_RECORDS = `SELECT NOT EXISTS (SELECT 1 FROM "User") AND NOT EXISTS (SELECT 1 FROM "Agreement") AS "empty"`;

export async function holdsNoRecords(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ empty: boolean }>(HOLDS_NO_RECORDS)).rows[0].empty;
  } finally {
    await client.end();
  }
}
