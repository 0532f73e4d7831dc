// Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, as every app reads
// them), with the otpauth library. Codes of the step before and after now are accepted (clocks
// drift); which step matched is returned, so a used step can be refused afterwards (no replay).
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const ISSUER = "Partnership records";

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits), base32 as apps take it typed in. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The step (30-second period since 1970) the code belongs to, within one step of `now`; null if none. */
export function matchingStep(secret: string, code: string, now = new Date()): number | null {
  const t = totp(secret);
  const delta = t.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : t.counter({ timestamp: now.getTime() }) + delta;
}

/** The QR code an app scans (the otpauth:// address), as an SVG drawn on the server. */
export async function enrolmentQrSvg(secret: string, email: string): Promise<string> {
  return QRCode.toString(totp(secret, email).toString(), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

/** The code for a step: for tests and scripts that act as the user's authenticator app. */
export function codeAt(secret: string, timestamp: number): string {
  return totp(secret).generate({ timestamp });
}
