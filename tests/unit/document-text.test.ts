// The extractor against broken files (issue 30): random bytes and damaged copies of real files of
// every accepted type either give pages of text or fail with a reason (UnreadableDocument), never
// another error, and never hang. Also the reading of each format's structure and the query parser's
// handling of quotes.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { slidesFile, textPdf, wordFile, workbookFile } from "@/lib/documents/samples";
import { extractText } from "@/lib/documents/text/extract";
import { imageSize } from "@/lib/documents/text/images";
import { UnreadableDocument } from "@/lib/documents/text/limits";
import { stopOcr } from "@/lib/documents/text/ocr";

const TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "image/png",
  "image/jpeg",
  "text/plain",
  "text/csv",
];

/** Pages, or the reason: anything else (a TypeError, a RangeError) fails the property. */
async function outcome(bytes: Uint8Array, mediaType: string): Promise<string[] | string> {
  try {
    const pages = await extractText(bytes, mediaType);
    expect(pages.every((page) => typeof page === "string" && !page.includes("\u0000"))).toBe(true);
    return pages;
  } catch (error) {
    if (error instanceof UnreadableDocument) return error.problem;
    throw error;
  }
}

afterAll(() => stopOcr());

describe("reading each format", () => {
  it("keeps page numbers: a Word page break, a sheet, a slide, a PDF page each start a page", async () => {
    expect(await extractText(wordFile([["One & two"], ["Three <four>"]]), TYPES[1])).toEqual(["One & two", "Three <four>"]);
    expect(await extractText(workbookFile([[["a", 1], ["b", 2.5]], [["c"]]]), TYPES[2])).toEqual(["a 1\nb 2.5", "c"]);
    expect(await extractText(slidesFile([["first"], ["second", "line"]]), TYPES[3])).toEqual(["first", "second\nline"]);
    expect(await extractText(await textPdf([["Alpha"], ["Beta"]]), TYPES[0])).toEqual(["Alpha", "Beta"]);
  });

  it("reads a text file as UTF-8, damaged bytes as spaces, control characters out", async () => {
    expect(await extractText(new Uint8Array([0x41, 0xff, 0x42, 0x00, 0x43]), "text/plain")).toEqual(["A B C"]);
  });

  it("judges an image's size from its header before decoding it", () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47], 0);
    new DataView(png.buffer).setUint32(16, 20_000);
    new DataView(png.buffer).setUint32(20, 30);
    expect(imageSize(png, "image/png")).toEqual({ width: 20_000, height: 30 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0x4e, 0x20, 0x4e, 0x20, 3]);
    expect(imageSize(jpeg, "image/jpeg")).toEqual({ width: 20_000, height: 20_000 });
  });
});

describe("broken files", () => {
  it("random bytes of any type: pages or a reason", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...TYPES), async (bytes, type) => {
        await outcome(bytes, type);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("real files damaged (bytes changed, cut short): pages or a reason", async () => {
    const originals: [Uint8Array, string][] = [
      [await textPdf([["The Parties shall exchange information."], ["Second page"]]), TYPES[0]],
      [wordFile([["Minutes"], ["Agreed the OSH guide"]]), TYPES[1]],
      [workbookFile([[["Budget", 1000]]]), TYPES[2]],
      [slidesFile([["Slide"]]), TYPES[3]],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...originals),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.option(fc.nat()),
        async ([original, type], changes, cut) => {
          const bytes = new Uint8Array(original);
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          await outcome(cut === null ? bytes : bytes.subarray(0, cut % bytes.length), type);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);
});
