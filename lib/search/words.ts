// What people type, as words to look for. The database's search_words() normalises the query as it
// normalised the stored text (lower case, no accents, punctuation a space), so both sides agree on
// what a word is; every word must then be found, in any order (decision 009).
import { db } from "@/lib/db";

/** More words than this narrow nothing a person meant and only lengthen the query. */
const MAX_WORDS = 8;

/** PostgreSQL refuses a NUL byte outright: control characters count as spaces. */
const withoutControls = (query: string) => query.replace(/[\u0000-\u001f\u007f]/g, " ");

/** The distinct words of a query, normalised; none for a query of punctuation only. */
export async function searchTerms(query: string): Promise<string[]> {
  const [{ words }] = await db().$queryRaw<{ words: string }[]>`SELECT search_words(${withoutControls(query)}) AS words`;
  return [...new Set(words.split(" ").filter(Boolean))].slice(0, MAX_WORDS);
}

/**
 * A `where` in which every word matches one of the places `placesFor` gives it. A word holds no
 * LIKE wildcard (search_words turns punctuation into spaces), so `contains` needs no escaping. A
 * query with no words (punctuation only) matches nothing.
 */
export function everyWord<Where>(words: string[], placesFor: (word: string) => Where[]): { AND: { OR: Where[] }[] } {
  return { AND: (words.length ? words : [NOT_A_WORD]).map((word) => ({ OR: placesFor(word) })) };
}

/** search_words() never leaves two spaces together, so no stored text contains this. */
const NOT_A_WORD = "  ";
