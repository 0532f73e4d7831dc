// The demo administrator's session, shared by the end-to-end files of one run. Each sign-in of the
// administrator needs a code from a 30-second step no earlier sign-in used (the app refuses
// replays), so signing in afresh in every file waited about half a minute each time.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { signInCookie } from "@/scripts/http";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./app";

export const ADMIN_EMAIL = "admin@example.org";

/** Well inside the app's step-up window (15 minutes), so a reused session may still do what asks for a recent second factor. */
const REUSE_MS = 5 * 60_000;

/** The Cookie header of a signed-in administrator session: the last one, while it still opens /home, else a new one. */
export async function adminCookie(): Promise<string> {
  const base = inject("baseUrl");
  const file = path.join(os.tmpdir(), `e2e-admin-session-${crypto.createHash("sha256").update(base).digest("hex").slice(0, 16)}`);
  if (fs.existsSync(file) && Date.now() - fs.statSync(file).mtimeMs < REUSE_MS) {
    const cookie = fs.readFileSync(file, "utf8");
    const home = await fetch(`${base}/home`, { headers: { cookie }, redirect: "manual" });
    if (home.status === 200) return cookie;
  }
  const cookie = await signInCookie(base, ADMIN_EMAIL, DEMO_PASSWORD, DEMO_TOTP_SECRET);
  fs.writeFileSync(file, cookie, { mode: 0o600 });
  return cookie;
}
