// The size rule every upload follows, in the browser and on the server alike: the files sent in one
// go (one document, a report's attachments, an import, the sanctions list) come to at most
// DOCUMENT_MAX_MB. Pure: the file field imports it into the browser.

export const MB = 1024 * 1024;

/** What a request may carry besides its files (the form's other fields, the multipart framing). */
export const FORM_FIELDS_BYTES = MB;

/** "21.3 MB", or "just over 20 MB" where a tenth of a megabyte would not show the difference. */
function amount(bytes: number, limitBytes: number): string {
  const rounded = (bytes / MB).toFixed(1);
  return Number(rounded) * MB > limitBytes ? `${rounded} MB` : `just over ${Math.floor(limitBytes / MB)} MB`;
}

/**
 * Null when `bytes` fit the limit; otherwise what to tell the person, naming the file when there is
 * one (`name`) or the files together.
 */
export function sizeRefusal(bytes: number, limitBytes: number, outcome: "Nothing was sent." | "Nothing was stored.", name?: string): string | null {
  if (bytes <= limitBytes) return null;
  return `${name ? `${name} is` : "The files come to"} ${amount(bytes, limitBytes)}; the limit is ${Math.floor(limitBytes / MB)} MB. ${outcome}`;
}
