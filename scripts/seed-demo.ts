import { seal } from "../lib/auth/second-factor/secret-box";
import type { Env } from "../lib/env";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_USERS, isEmpty, randomDemoPassword, seedDemoData } from "../prisma/seed/seed";

/**
 * Seeds an empty database; returns false (and writes nothing) when it already holds data.
 * `sessionSecret` (the app's NEXTAUTH_SECRET) seals DEMO_TOTP_SECRET when that is set.
 */
export async function seedDemo(client: PrismaClient, env: Env, sessionSecret = env.NEXTAUTH_SECRET): Promise<boolean> {
  if (!(await isEmpty(client))) return false;
  const password = env.DEMO_PASSWORD ?? randomDemoPassword();
  if (env.DEMO_TOTP_SECRET && !sessionSecret) throw new Error("DEMO_TOTP_SECRET is sealed with NEXTAUTH_SECRET: set both.");
  const adminTotp = env.DEMO_TOTP_SECRET && sessionSecret ? seal(env.DEMO_TOTP_SECRET, sessionSecret) : null;
  await seedDemoData(client, password, adminTotp);
  console.log(`\nDemo data loaded. Demo users: ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  if (env.DEMO_PASSWORD) {
    console.log("Their password is the value of DEMO_PASSWORD.\n");
  } else {
    console.log(`Their password, shown this once: ${password}\n(Set DEMO_PASSWORD before seeding to choose it.)\n`);
  }
  if (!adminTotp) console.log("The demo administrator sets up a second factor (an authenticator app or a passkey) at the first sign-in.\n");
  return true;
}
