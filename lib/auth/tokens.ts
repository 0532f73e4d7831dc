// Secrets carried in URLs (one-time links, calendar feeds): random, and stored only as their
// sha256, so a database leak does not leak usable links.
import crypto from "node:crypto";

export const newToken = () => crypto.randomBytes(32).toString("base64url");

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
