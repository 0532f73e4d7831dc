// TOTP secrets are sealed before they reach the database (AES-256-GCM, with a key derived from
// NEXTAUTH_SECRET by HKDF), so a copy of the database or of a backup does not hand out codes.
import crypto from "node:crypto";
import { appEnv } from "@/lib/env";

/** `secret`: the app's NEXTAUTH_SECRET (passed in by the launcher, which seeds before the server has it). */
function key(secret = appEnv().NEXTAUTH_SECRET): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "", "second-factor secrets", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function seal(plain: string, secret?: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The sealed text, or null when it was sealed under another key (NEXTAUTH_SECRET changed) or is damaged. */
export function unseal(sealed: string): string | null {
  const [v, iv, tag, body] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
