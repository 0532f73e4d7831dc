// The pseudo-language: English with every letter accented and each message about 35 % longer,
// between ⟦ ⟧. Screens read in it show at once text that did not come from the catalogues (plain
// letters outside the brackets) and layouts that break when a language runs longer than English.
// Offered only where PSEUDO_LOCALE=1 (tests, translators' previews), never in a real deployment.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer";
import compile from "icu-minify/compile";
import type { Messages } from "./messages";

/** The value of the locale cookie that asks for it. */
export const PSEUDO = "pseudo";

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"][i]]),
);

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c]);

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      return { ...element, options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])) };
    }
    return element;
  });
}

/** One message in the pseudo-language. */
export function pseudoMessage(message: string): string {
  // Words of dots, so the longer text wraps where a real language's would.
  const padding = "·····".repeat(Math.ceil((message.length * 0.35) / 5)).replace(/(·{5})(?=·)/g, "$1 ");
  return `⟦${printAST(pseudoElements(parse(message)))}${padding}⟧`;
}

function pseudoTree(node: unknown): unknown {
  if (typeof node === "string") return compile(pseudoMessage(node));
  return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, pseudoTree(value)]));
}

let catalogue: Messages | undefined;

/**
 * The English catalogue in the pseudo-language, compiled as the build compiles the real ones (made
 * once per process). Read from the file itself: the app's own import of it is already compiled.
 */
export function pseudoMessages(): Messages {
  // Through JSON as the build's compiled catalogues are: compile() makes objects without a
  // prototype, which React will not pass to client components.
  catalogue ??= JSON.parse(JSON.stringify(pseudoTree(JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8"))))) as Messages;
  return catalogue;
}
