// Text of Office Open XML files (Word, Excel, PowerPoint): ZIP archives of XML. Unpacked here with
// fflate's streaming inflate, which stops at MAX_UNPACKED_BYTES however small the archive says its
// entries are (a "zip bomb" lies in its directory); the XML is read for its text runs only.
import { Unzip, UnzipInflate } from "fflate";
import { MAX_UNPACKED_BYTES, UnreadableDocument } from "./limits";

/** The entries whose names `wanted` accepts, unpacked, within the limit. */
function unpack(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const files = new Map<string, Uint8Array[]>();
  let total = 0;
  let tooLarge = false;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) throw new UnreadableDocument("malformed");
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES) {
        tooLarge = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof UnreadableDocument) throw error;
    throw new UnreadableDocument("malformed");
  }
  if (tooLarge) throw new UnreadableDocument("archiveTooLarge");
  const decoder = new TextDecoder();
  return new Map([...files].map(([name, chunks]) => [name, decoder.decode(Buffer.concat(chunks))]));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
  });
}

/** The text runs (`<w:t>`, `<a:t>`, `<t>`) of some XML, a line per paragraph. */
function runs(xml: string, tag: string): string {
  const run = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>|</(?:w|a):p>|<(?:w|a):(?:tab|br)\\b[^>]*/>`, "g");
  let text = "";
  for (const match of xml.matchAll(run)) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else text += match[0].startsWith("</") ? "\n" : " ";
  }
  return text;
}

const numbered = (prefix: string, names: Iterable<string>) =>
  [...names].filter((n) => n.startsWith(prefix) && n.endsWith(".xml")).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0));

/** A Word document's pages, split where Word last broke pages or a page break was typed. */
export function wordPages(bytes: Uint8Array): string[] {
  const files = unpack(bytes, (name) => name === "word/document.xml");
  const xml = files.get("word/document.xml");
  if (xml === undefined) throw new UnreadableDocument("malformed");
  return xml.split(/<w:lastRenderedPageBreak\/>|<w:br\s+w:type="page"\s*\/>/).map((part) => runs(part, "w:t"));
}

/** A presentation's slides, in order, a page each. */
export function slidePages(bytes: Uint8Array): string[] {
  const files = unpack(bytes, (name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  return numbered("ppt/slides/slide", files.keys()).map((name) => runs(files.get(name)!, "a:t"));
}

/** A workbook's sheets, in order, a page each: every cell's text or value, a line per row. */
export function sheetPages(bytes: Uint8Array): string[] {
  const files = unpack(bytes, (name) => name === "xl/sharedStrings.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const shared = [...(files.get("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runs(m[1], "t"));
  return numbered("xl/worksheets/sheet", files.keys()).map((name) =>
    [...files.get(name)!.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)]
      .map((row) =>
        [...row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
          .map(([, attributes, inner = ""]) => {
            if (/\bt="s"/.test(attributes)) return shared[Number(/<v>(\d+)<\/v>/.exec(inner)?.[1])] ?? "";
            if (/\bt="inlineStr"/.test(attributes)) return runs(inner, "t");
            return decodeEntities(/<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? "");
          })
          .filter(Boolean)
          .join(" "),
      )
      .join("\n"),
  );
}
