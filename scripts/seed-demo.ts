import type { Env } from "../lib/env";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_USERS, isEmpty, randomDemoPassword, seedDemoData } from "../prisma/seed/seed";

/** Seeds an empty database; returns false (and writes nothing) when it already holds data. */
export async function seedDemo(client: PrismaClient, env: Env): Promise<boolean> {
  if (!(await isEmpty(client))) return false;
  const password = env.DEMO_PASSWORD ?? randomDemoPassword();
  await seedDemoData(client, password);
  console.log(`\nDemo data loaded. Demo users: ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  if (env.DEMO_PASSWORD) {
    console.log("Their password is the value of DEMO_PASSWORD.\n");
  } else {
    console.log(`Their password, shown this once: ${password}\n(Set DEMO_PASSWORD before seeding to choose it.)\n`);
  }
  return true;
}
