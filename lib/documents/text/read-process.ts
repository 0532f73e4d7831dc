// The process that reads one document (forked by read.ts with a heap limit and killed at its time
// limit): takes the bytes and type, answers with the pages or the reason they could not be read.
import { extractText } from "./extract";
import { UnreadableDocument } from "./limits";
import { stopOcr } from "./ocr";

process.once("message", async ({ bytes, mediaType }: { bytes: Uint8Array; mediaType: string }) => {
  let answer: object;
  try {
    answer = { pages: await extractText(bytes, mediaType) };
  } catch (error) {
    answer = { problem: error instanceof UnreadableDocument ? error.problem : "malformed" };
  }
  await stopOcr();
  process.send!(answer, () => process.disconnect());
});
