// The size rule every upload follows, in the browser and on the server alike: the files sent in one
// go (one document, a report's attachments, an import, the sanctions list) come to at most
// DOCUMENT_MAX_MB. Pure: the file field imports it into the browser.
import { msg, type Message } from "@/lib/i18n/message";

export const MB = 1024 * 1024;

/** What a request may carry besides its files (the form's other fields, the multipart framing). */
export const FORM_FIELDS_BYTES = MB;

/**
 * Null when `bytes` fit the limit; otherwise what to tell the person, naming the file when there is
 * one (`name`) or the files together: "21.3 MB", or "just over 20 MB" where a tenth of a megabyte
 * would not show the difference.
 */
export function sizeRefusal(bytes: number, limitBytes: number, outcome: "sent" | "stored", name?: string): Message | null {
  if (bytes <= limitBytes) return null;
  const rounded = (bytes / MB).toFixed(1);
  const limit = Math.floor(limitBytes / MB);
  const over = Number(rounded) * MB > limitBytes ? "measured" : "just";
  return msg("problems.tooLarge", { who: name ? "file" : "files", name: name ?? "", over, size: rounded, limit, outcome });
}
