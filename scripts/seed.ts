// npm run db:seed: loads the demo data into the configured database, if it holds no data yet.
import { openDatabase } from "../lib/database";
import { migrate } from "../lib/database/migrate";
import { createPrismaClient } from "../lib/db";
import { seedDemo } from "./seed-demo";
import { runCli } from "./cli";

await runCli(async (env) => {
  const database = await openDatabase(env, "npm run db:seed");
  try {
    await migrate(database.url);
    const client = createPrismaClient(database.url, 1);
    try {
      if (!(await seedDemo(client, env))) console.log("The database already holds data: nothing was seeded.");
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.close();
  }
});
