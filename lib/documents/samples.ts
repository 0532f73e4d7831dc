// Files built from text, for the demo's documents and the tests: a PDF with a text layer, a scan
// (a PDF holding only a picture of the text, which only OCR can read), and Word, Excel and
// PowerPoint files. pdfkit, pureimage (a canvas in plain JavaScript, with the DejaVu fonts from npm)
// and fflate: nothing native, nothing downloaded.
import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough } from "node:stream";
import { strToU8, zipSync } from "fflate";
import PDFDocument from "pdfkit";
import * as PImage from "pureimage";

/** Any PDF pdfkit can draw (an encrypted one, a long one), as bytes. */
export function pdfBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

/** A PDF with a text layer: a page per entry, each a title and paragraphs. */
export function textPdf(pages: string[][], options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return pdfBytes({ size: "A4", margin: 64, ...options, autoFirstPage: false }, (doc) => {
    for (const [title, ...paragraphs] of pages) {
      doc.addPage();
      doc.font("Helvetica-Bold").fontSize(14).text(title ?? "", { paragraphGap: 12 });
      doc.font("Helvetica").fontSize(11);
      for (const paragraph of paragraphs) doc.text(paragraph, { paragraphGap: 8, align: "justify" });
    }
  });
}

let fontLoaded: Promise<void> | undefined;

/** A page of text drawn as a picture (150 dpi on A4, black on white), as a scanner would. */
export async function scannedPage(lines: string[]): Promise<Uint8Array> {
  fontLoaded ??= (() => {
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf", "DejaVuSerif.ttf");
    return PImage.registerFont(file, "Scan Serif").load();
  })();
  await fontLoaded;
  const image = PImage.make(1240, 1754);
  const context = image.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, 1240, 1754);
  context.fillStyle = "#111111";
  context.font = "30px 'Scan Serif'";
  lines.forEach((line, i) => context.fillText(line, 130, 180 + i * 52));
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  await PImage.encodePNGToStream(image, stream);
  return new Uint8Array(Buffer.concat(chunks));
}

/** An image-only PDF: each page one scanned picture and no text layer. */
export async function scannedPdf(pages: string[][]): Promise<Uint8Array> {
  const images = await Promise.all(pages.map(scannedPage));
  return pdfBytes({ size: "A4", margin: 0, autoFirstPage: false }, (doc) => {
    for (const image of images) {
      doc.addPage();
      doc.image(Buffer.from(image), 0, 0, { width: doc.page.width });
    }
  });
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

/** A Word document: a page per entry (page breaks between), a paragraph per string. */
export function wordFile(pages: string[][]): Uint8Array {
  const body = pages
    .map((paragraphs, i) => (i ? `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` : "") + paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join(""))
    .join("");
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

/** An Excel workbook: a sheet per entry, a row per array of cells (shared strings and numbers). */
export function workbookFile(sheets: (string | number)[][][]): Uint8Array {
  const strings: string[] = [];
  const cell = (value: string | number) => (typeof value === "number" ? `<c><v>${value}</v></c>` : `<c t="s"><v>${strings.push(value) - 1}</v></c>`);
  const files: Record<string, Uint8Array> = { "[Content_Types].xml": strToU8(CONTENT_TYPES) };
  sheets.forEach((rows, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet><sheetData>${rows.map((row) => `<row>${row.map(cell).join("")}</row>`).join("")}</sheetData></worksheet>`);
  });
  files["xl/workbook.xml"] = strToU8("<workbook/>");
  files["xl/sharedStrings.xml"] = strToU8(`<sst>${strings.map((s) => `<si><t>${xml(s)}</t></si>`).join("")}</sst>`);
  return zipSync(files);
}

/** A PowerPoint presentation: a slide per entry, a paragraph per string. */
export function slidesFile(slides: string[][]): Uint8Array {
  const files: Record<string, Uint8Array> = { "[Content_Types].xml": strToU8(CONTENT_TYPES), "ppt/presentation.xml": strToU8("<p:presentation/>") };
  slides.forEach((paragraphs, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(`<p:sld><p:txBody>${paragraphs.map((p) => `<a:p><a:r><a:t>${xml(p)}</a:t></a:r></a:p>`).join("")}</p:txBody></p:sld>`);
  });
  return zipSync(files);
}
