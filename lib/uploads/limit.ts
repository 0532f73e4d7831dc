// The upload limit on the server, from the environment (DOCUMENT_MAX_MB, at most 25).
import { appEnv } from "@/lib/env";
import { MB, sizeRefusal } from "./size";

export const uploadLimitBytes = () => appEnv().DOCUMENT_MAX_MB * MB;

/** The files of one submission, refused with the limit when together they are too large. */
export function filesTooLarge(files: { bytes: Uint8Array }[], limitBytes = uploadLimitBytes()): string | null {
  return sizeRefusal(
    files.reduce((sum, f) => sum + f.bytes.length, 0),
    limitBytes,
    "Nothing was stored.",
  );
}
