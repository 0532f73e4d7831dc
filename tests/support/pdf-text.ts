// The text an uncompressed PDF of ours shows, line by line, in the order it is drawn: glyph codes
// in TJ arrays, read back through the font's ToUnicode map (fonts are embedded and subset, so
// the codes are glyph numbers, not letters). Right-to-left runs come out in visual order.
export function pdfTextOf(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map([...raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map((m) => [m[1], m[2]]));
  const unicode = (cmapRef: string) => {
    const table = new Map<number, string>();
    const cmap = objects.get(cmapRef) ?? "";
    for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
      [...range[3].matchAll(/<([0-9a-f ]+)>/g)].forEach((entry, i) => {
        const units = entry[1].split(" ").map((hex) => parseInt(hex, 16));
        table.set(parseInt(range[1], 16) + i, String.fromCharCode(...units));
      });
    }
    return table;
  };
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, ref] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = objects.get(ref) ?? "";
    const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(font);
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
    if (descendant && toUnicode) fonts.set(name, unicode(toUnicode[1]));
  }
  const lines: string[] = [""];
  let font = new Map<number, string>();
  let lastY = "";
  for (const op of raw.matchAll(/\/(F\d+) [\d.]+ Tf|1 0 0 -?1 [\d.-]+ ([\d.-]+) Tm|\[(.*?)\] TJ/g)) {
    if (op[1]) font = fonts.get(op[1]) ?? new Map();
    else if (op[2] !== undefined) {
      if (op[2] !== lastY && lines[lines.length - 1]) lines.push("");
      lastY = op[2];
    } else {
      const text = [...op[3].matchAll(/<([0-9a-f]+)>/g)].flatMap((h) => h[1].match(/.{4}/g)!.map((code) => font.get(parseInt(code, 16)) ?? "?")).join("");
      lines[lines.length - 1] += text;
    }
  }
  return lines.join("\n");
}
