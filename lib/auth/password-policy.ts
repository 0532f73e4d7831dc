// What makes a new password acceptable (ASVS 2.1): 12 to 200 characters, the two entries equal,
// not built from the email address, and not in a list of passwords known from breaches. Server
// only: the breached list is read from disk once, on first use.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fieldErrorsOf } from "@/lib/domain/validation";
import { passwordSchema } from "@/lib/users/schema";
import { msg } from "@/lib/i18n/message";
import type { FieldErrors } from "@/lib/domain/action-result";

let breached: Set<string> | undefined;

function breachedPasswords(): Set<string> {
  breached ??= new Set(zlib.gunzipSync(fs.readFileSync(path.join(process.cwd(), "lib/auth/breached/passwords.txt.gz"))).toString("utf8").split("\n"));
  return breached;
}

export function isBreached(password: string): boolean {
  return breachedPasswords().has(password.toLowerCase());
}

/** Field errors for a new password (keys `password`, `confirm`), or null when it may be used. */
export function newPasswordProblems(values: { password: string; confirm: string }, email: string): FieldErrors | null {
  const parsed = passwordSchema.safeParse(values);
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const localPart = email.split("@")[0].toLowerCase();
  if (localPart.length >= 4 && values.password.toLowerCase().includes(localPart)) {
    return { password: msg("problems.passwordFromEmail") };
  }
  if (isBreached(values.password)) {
    return { password: msg("problems.passwordInListsPasswords") };
  }
  return null;
}
