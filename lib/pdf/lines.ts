// Lines of text in a PDF in any of our languages: wrapped to a width, laid out right to left where
// the language or the words are (the Unicode bidirectional algorithm, bidi-js), Arabic letters joined
// (fontkit shapes them when a run is laid out whole), in DejaVu Sans, embedded and subset. The PDF
// standard fonts print Windows-1252 only: no Arabic, and "Việt Nam" lost its accents.
// pdfkit lays text out left to right; this module hands it one run of one direction at a time.
import { readFileSync } from "node:fs";
import path from "node:path";
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

// Read from the installed package (npm `dejavu-fonts-ttf`): the server runs from the project's
// root, and the files are not JavaScript for the bundler to follow.
const FONT_FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
export type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | undefined;
function fontData(): Record<FontName, Buffer> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= { regular: readFileSync(path.join(dir, FONT_FILES.regular)), bold: readFileSync(path.join(dir, FONT_FILES.bold)) };
  return fonts;
}

// Marks that steer the bidirectional algorithm (isolates around a name, the marks Intl puts in
// Arabic numbers): they decide the runs' order, then are not drawn (the font has no glyph for them).
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** A value set apart from the words around it, its direction its own (an English title in an Arabic line). */
export const isolate = (text: string) => `\u2068${text}\u2069`;

export type Style = { font: FontName; size: number; color: string };
export type Align = "start" | "center";
type Line = { start: number; end: number };

/**
 * Draws paragraphs in a box `left`..`left + width` of the page. Positions are given from the start
 * edge (the right one in a right-to-left language), so a layout is written once for both directions.
 */
export function pdfLines(doc: PDFKit.PDFDocument, dir: "ltr" | "rtl", box: { left: number; width: number }) {
  const data = fontData();
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, data[name]);
  // `features` (even none) makes pdfkit lay a run out whole rather than word by word, so the
  // shaper sees whole Arabic words and fontkit orders the run right to left.
  const measure = (text: string) => doc.widthOfString(text.replace(BIDI_CONTROLS, ""), { features: [] });

  const style = (s: Style) => doc.font(s.font).fontSize(s.size).fillColor(s.color);

  /** Where the text's lines start and end at the current font, broken between words (inside a word only if it is longer than a line). */
  function wrap(text: string, width: number): Line[] {
    const lines: Line[] = [];
    let start = 0;
    let end = 0; // the line so far is text[start, end)
    for (const word of text.matchAll(/[^ ]+ */g)) {
      const wordEnd = word.index + word[0].trimEnd().length;
      if (end > start && measure(text.slice(start, wordEnd)) > width) {
        lines.push({ start, end });
        start = word.index;
      }
      while (measure(text.slice(start, wordEnd)) > width) {
        let cut = wordEnd - 1;
        while (cut > start + 1 && measure(text.slice(start, cut)) > width) cut--;
        lines.push({ start, end: cut });
        start = cut;
      }
      end = word.index + word[0].length;
    }
    if (end > start || lines.length === 0) lines.push({ start, end });
    return lines;
  }

  /**
   * A line's runs, left to right: rule L2 of the bidirectional algorithm reverses each stretch at
   * or above each odd level; spaces ending the line take the paragraph's level (L1).
   */
  function runs(text: string, levels: Uint8Array, mirrored: Map<number, string>, base: number, line: Line): string[] {
    const order: number[] = [];
    const level: number[] = [];
    for (let i = line.start; i < line.end; i++) {
      order.push(i);
      level.push(levels[i]);
    }
    for (let i = level.length - 1; i >= 0 && text[order[i]] === " "; i--) level[i] = base;
    const top = Math.max(base, ...level);
    const lowestOdd = Math.min(...level.map((l) => l | 1));
    for (let l = top; l >= lowestOdd; l--) {
      for (let i = 0; i < level.length; i++) {
        if (level[i] < l) continue;
        let j = i;
        while (j + 1 < level.length && level[j + 1] >= l) j++;
        order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
        level.splice(i, j - i + 1, ...level.slice(i, j + 1).reverse());
        i = j;
      }
    }
    const char = (i: number) => mirrored.get(i) ?? text[i];
    const out: string[] = [];
    for (let i = 0; i < order.length; ) {
      let j = i + 1;
      while (j < order.length && level[j] === level[i]) j++;
      const visual = order.slice(i, j);
      const logical = [...visual].sort((x, y) => x - y).map(char).join("");
      // fontkit reverses a run whose letters are right-to-left; a right-to-left run without such
      // letters (spaces, punctuation between two English names) is given in visual order instead.
      out.push((level[i] % 2 === 1 && !RTL_LETTER.test(logical) ? visual.map(char).join("") : logical).replace(BIDI_CONTROLS, ""));
      i = j;
    }
    return out;
  }

  /**
   * The text's lines at the current font, in `width`; each draws itself at y, `inset` from the
   * start edge. The bidirectional levels are the whole paragraph's, so a wrapped line keeps them.
   */
  function paragraph(text: string, width: number) {
    const clean = text.normalize("NFC").replace(/\s+/g, " ").trim();
    const { levels, paragraphs } = bidi.getEmbeddingLevels(clean, dir);
    const base = paragraphs[0]?.level ?? (dir === "rtl" ? 1 : 0);
    const mirrored = bidi.getMirroredCharactersMap(clean, levels);
    return wrap(clean, width).map((line) => (y: number, inset: number, align: Align = "start") => {
      const parts = runs(clean, levels, mirrored, base, line);
      const widths = parts.map(measure);
      const total = widths.reduce((sum, w) => sum + w, 0);
      const left = dir === "rtl" ? box.left + box.width - inset - width : box.left + inset;
      let x = align === "center" ? left + (width - total) / 2 : dir === "rtl" ? left + width - total : left;
      parts.forEach((part, i) => {
        doc.text(part, x, y, { lineBreak: false, features: [] });
        x += widths[i];
      });
    });
  }

  return { style, paragraph, lineHeight: () => doc.currentLineHeight(true) };
}
