// A document's text, page by page, from its bytes and its type (as the upload judged it by
// content). Runs in the reading process (read-process.ts), never in the app's: a hostile file can
// cost that process its time and memory, not the app's.
import { decodeImage } from "./images";
import { MAX_DOCUMENT_CHARS, MAX_PAGE_CHARS, UnreadableDocument } from "./limits";
import { recognise } from "./ocr";
import { sheetPages, slidePages, wordPages } from "./office";
import { pdfPages } from "./pdf";

const OFFICE = "application/vnd.openxmlformats-officedocument.";

async function rawPages(bytes: Uint8Array, mediaType: string): Promise<string[]> {
  switch (mediaType) {
    case "application/pdf":
      return pdfPages(bytes);
    case `${OFFICE}wordprocessingml.document`:
      return wordPages(bytes);
    case `${OFFICE}spreadsheetml.sheet`:
      return sheetPages(bytes);
    case `${OFFICE}presentationml.presentation`:
      return slidePages(bytes);
    case "image/png":
    case "image/jpeg":
      return [await recognise(decodeImage(bytes, mediaType))];
    case "text/plain":
    case "text/csv":
      return chunks(new TextDecoder("utf-8").decode(bytes));
    default:
      throw new UnreadableDocument("malformed");
  }
}

/** A long text file as pages of at most MAX_PAGE_CHARS, broken at a line's end where there is one. */
function chunks(text: string): string[] {
  const pages: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + MAX_PAGE_CHARS);
    const lineEnd = end < text.length ? text.lastIndexOf("\n", end) : -1;
    if (lineEnd > at) end = lineEnd + 1;
    pages.push(text.slice(at, end));
    at = end;
  }
  return pages;
}

/** Spaces as one space, NUL and other control characters out (PostgreSQL refuses NUL in text). */
const tidy = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();

/**
 * Every page's text (empty pages kept, so page numbers stay true), within the limits; throws
 * UnreadableDocument with the reason when the file cannot be read.
 */
export async function extractText(bytes: Uint8Array, mediaType: string): Promise<string[]> {
  let budget = MAX_DOCUMENT_CHARS;
  return (await rawPages(bytes, mediaType)).map((page) => {
    const text = tidy(page).slice(0, Math.min(MAX_PAGE_CHARS, budget));
    budget -= text.length;
    return text;
  });
}
