// What reading one document may cost. A file past a limit is "could not be read" with the limit's
// reason; the limits hold whatever the file claims about itself (a ZIP's declared sizes, an image's
// header), because they are checked while reading, not only before.

/** Pages of a PDF read at all: a longer one is refused whole rather than searched in part. */
export const MAX_PDF_PAGES = 500;
/** Pages without a text layer read by OCR (a few seconds each). */
export const MAX_OCR_PAGES = 50;
/** Pixels of one image given to OCR (a 20,000 × 20,000 image is 400 million). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Bytes unpacked from an Office file, whatever its directory says. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Characters kept of one page: a tsvector holds at most 1 MB, and no real page comes near. */
export const MAX_PAGE_CHARS = 100_000;
/** Characters kept of one document (the rest of a huge CSV is not searched). */
export const MAX_DOCUMENT_CHARS = 5_000_000;
/** How long a reading may take before the process reading it is stopped. */
export const READ_TIMEOUT_MS = 120_000;
/** The V8 heap of the process reading (OCR's WebAssembly memory is bounded by MAX_IMAGE_PIXELS). */
export const READ_HEAP_MB = 512;

/** Why a document could not be read: each has a message in every catalogue (documents.problems.*). */
export type TextProblem = "encrypted" | "tooManyPages" | "imageTooLarge" | "archiveTooLarge" | "malformed" | "timeout" | "memory";

export class UnreadableDocument extends Error {
  constructor(readonly problem: TextProblem) {
    super(problem);
  }
}
