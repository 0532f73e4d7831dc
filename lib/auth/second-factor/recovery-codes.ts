// Ten single-use recovery codes per set, shown once. Each holds 49 random bits: below the 112 bits
// under which ASVS 6.5.2 wants a salted password hash, so each is stored as scrypt (at a lighter
// cost than passwords, 2^14: the randomness, not the stretching, is what resists guessing).
import crypto from "node:crypto";
import { hashPassword, verifyPassword } from "../password";

const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i to misread
const COST = { logN: 14, r: 8, p: 1 };

/** "xxxxx-xxxxx" */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As typed: case, spaces and the dash do not matter. */
const normalised = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalised(code));
}

export function recoveryCodeHash(code: string): Promise<string> {
  return hashPassword(normalised(code), COST);
}

/** The id of the stored code `code` is, among `stored`; null when none. */
export async function matchingRecoveryCode(code: string, stored: { id: string; codeHash: string }[]): Promise<string | null> {
  const matches = await Promise.all(stored.map((row) => verifyPassword(normalised(code), row.codeHash)));
  return stored[matches.indexOf(true)]?.id ?? null;
}
