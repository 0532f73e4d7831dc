// npm run db:migrate: applies pending migrations to the configured database.
import { openDatabase } from "../lib/database";
import { migrate } from "../lib/database/migrate";
import { runCli } from "./cli";

await runCli(async (env) => {
  const database = await openDatabase(env, "npm run db:migrate");
  try {
    const applied = await migrate(database.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
  } finally {
    await database.close();
  }
});
