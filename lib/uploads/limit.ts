// The upload limit on the server, from the environment (DOCUMENT_MAX_MB, at most 25). Read without
// the app's own settings (parseEnv, not appEnv): reading a spreadsheet needs no database.
import { parseEnv } from "@/lib/env";
import type { Message } from "@/lib/i18n/message";
import { MB, sizeRefusal } from "./size";

let limitMb: number | undefined;
export const uploadLimitBytes = () => (limitMb ??= parseEnv().DOCUMENT_MAX_MB) * MB;

/** The files of one submission, refused with the limit when together they are too large. */
export function filesTooLarge(files: { bytes: Uint8Array }[], limitBytes = uploadLimitBytes()): Message | null {
  return sizeRefusal(
    files.reduce((sum, f) => sum + f.bytes.length, 0),
    limitBytes,
    "stored",
  );
}
