// A PDF's pages: the text layer where there is one (pdf.js through unpdf's serverless build, no
// canvas), else OCR of the page's largest image (a scan). pdf.js itself refuses images past
// MAX_IMAGE_PIXELS, and an encrypted file is refused: its words are not ours to read.
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { toGrey } from "./images";
import { MAX_IMAGE_PIXELS, MAX_OCR_PAGES, MAX_PDF_PAGES, UnreadableDocument } from "./limits";
import { recognise, type Pixels } from "./ocr";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
interface PdfImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** Fewer characters than this on a page: it is a scan (a page number alone is not a text layer). */
const SCANNED_BELOW = 3;

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // A copy: pdf.js takes the buffer over (detaches it).
    return await getDocumentProxy(new Uint8Array(bytes), { maxImageSize: MAX_IMAGE_PIXELS, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    throw new UnreadableDocument((error as Error).name === "PasswordException" ? "encrypted" : "malformed");
  }
}

async function textLayer(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  return content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("");
}

/** A page's largest image as grey pixels, or null when it has none pdf.js could decode. */
async function largestImage(page: PdfPage): Promise<Pixels | null> {
  const { OPS } = await getResolvedPDFJS();
  const operators = await page.getOperatorList();
  let best: PdfImage | null = null;
  for (let i = 0; i < operators.fnArray.length; i++) {
    const op = operators.fnArray[i];
    let image: PdfImage | null = null;
    if (op === OPS.paintInlineImageXObject) image = operators.argsArray[i][0] as PdfImage;
    else if (op === OPS.paintImageXObject) {
      const key = operators.argsArray[i][0] as string;
      const objects = key.startsWith("g_") ? page.commonObjs : page.objs;
      image = await new Promise<PdfImage | null>((resolve) => objects.get(key, (found: PdfImage | null) => resolve(found)));
    }
    if (image?.data && image.width && image.height && (!best || image.width * image.height > best.width * best.height)) best = image;
  }
  return best?.data ? greyOf(best as Required<PdfImage>) : null;
}

/** pdf.js's image kinds: 1 one bit a pixel (rows padded to bytes), 2 RGB, 3 RGBA. */
function greyOf({ width, height, kind, data }: Required<PdfImage>): Pixels | null {
  if (kind === 2) return toGrey(data, width, height, 3);
  if (kind === 3) return toGrey(data, width, height, 4);
  if (kind !== 1) return null;
  const grey = new Uint8Array(width * height);
  const rowBytes = Math.ceil(width / 8);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) grey[y * width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
  return { width, height, grey };
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new UnreadableDocument("tooManyPages");
    const pages: string[] = [];
    let scanned = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n).catch(() => null);
      if (!page) {
        pages.push("");
        continue;
      }
      let text = await textLayer(page).catch(() => "");
      if (text.replace(/\s/g, "").length < SCANNED_BELOW && scanned < MAX_OCR_PAGES) {
        const image = await largestImage(page).catch(() => null);
        if (image) {
          scanned++;
          text = await recognise(image);
        }
      }
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.cleanup();
  }
}
