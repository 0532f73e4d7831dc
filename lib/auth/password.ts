// Passwords are hashed with scrypt (memory-hard) at OWASP's recommended cost: N=2^17, r=8, p=1.
// The stored form names its parameters, so the cost can be raised later without breaking old hashes.
import crypto from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const COST = { logN: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function options(logN: number, r: number, p: number): crypto.ScryptOptions {
  const N = 2 ** logN;
  return { N, r, p, maxmem: 256 * N * r };
}

/** `cost`: lower for random secrets that need no stretching against guessing (recovery codes). */
export async function hashPassword(password: string, cost = COST): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, options(cost.logN, cost.r, cost.p));
  return ["scrypt", cost.logN, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, options(+logN, +r, +p));
  return crypto.timingSafeEqual(actual, expected);
}

// Verified against when the email is unknown, so both cases take the same time (no user enumeration).
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  return decoy;
}
