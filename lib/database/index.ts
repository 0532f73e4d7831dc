// Which PostgreSQL the app uses is decided here and nowhere else: `DATABASE_URL` when set,
// otherwise the embedded database in DATA_DIR, created on first use.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError, type Env } from "@/lib/env";
import { EMBEDDED_MAX_CONNECTIONS, openEmbeddedDatabase } from "./embedded";

export interface Database {
  url: string;
  embedded: boolean;
  /** Connections the app may open: the embedded database serves one at a time. */
  poolMax: number;
  close(): Promise<void>;
}

export async function openDatabase(env: Env, command: string): Promise<Database> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, poolMax: env.DATABASE_POOL_MAX, close: async () => {} };
  }
  const embedded = await openEmbeddedDatabase({ dataDir: path.resolve(env.DATA_DIR), command });
  return { ...embedded, embedded: true, poolMax: EMBEDDED_MAX_CONNECTIONS };
}

/**
 * The session-signing secret. A deployment on DATABASE_URL must set NEXTAUTH_SECRET; the embedded
 * set-up generates one on first start and keeps it, owner-only, in the data directory.
 */
export function sessionSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new ConfigurationError(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL the app needs its own session-signing secret: " +
        "set NEXTAUTH_SECRET to at least 32 random characters (e.g. the output of `openssl rand -base64 32`).",
    );
  }
  const file = path.join(path.resolve(env.DATA_DIR), "session-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
