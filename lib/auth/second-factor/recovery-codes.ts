// Ten single-use recovery codes per set, shown once; only their sha256 is stored (each holds
// 49 random bits, so a slow hash would add nothing but time).
import crypto from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i to misread

/** "xxxxx-xxxxx" */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As typed: case, spaces and the dash do not matter. */
export function recoveryCodeHash(code: string): string {
  return crypto.createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(code.toLowerCase().replace(/[\s-]/g, ""));
}
