// Words inside documents (issue 30): the pages' full-text index (DocumentPage.vector, the
// document_text configuration: simple after unaccent). Every word must be on the same page, in any
// order (the last one typed may be a word's beginning: "labour inspect"); a phrase in quotes must be
// there in that order. Each document is found once, with the pages it was found on, its best page's
// passage with the words marked, and the record it belongs to. Only documents the viewer may open
// (the policy's document scope) and not archived, on records not archived.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { partnerDocumentIds } from "@/lib/documents/queries";
import { scope, type Viewer } from "@/lib/policy";

/** The marks around a found word in a passage: control characters, which no stored text holds. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/** Matching pages weighed at most (the first the index gives): a common word need not rank them all. */
const RANKED_PAGES = 100;
/** Matching pages whose documents are counted: past it, the count is "at least" (`more`). */
const COUNTED_PAGES = 1000;
const MAX_PARTS = 8;

/**
 * The query as a tsquery: the words outside quotes, the last as a prefix, each quoted phrase as
 * words one after the other; null when it holds no word. Words are normalised by search_words(), as the
 * record search's are; a word holds no quote or backslash, so quoting it is safe.
 */
export async function documentQuery(query: string): Promise<string | null> {
  const phrases = [...query.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  // An unclosed quote's words count as loose words.
  const loose = query.replace(/"[^"]*"/g, " ");
  const parts = [loose, ...phrases].slice(0, MAX_PARTS + 1).map((part) => part.replace(/[\u0000-\u001f\u007f]/g, " "));
  const rows = await db().$queryRaw<{ words: string }[]>`SELECT search_words(part) AS words FROM unnest(${parts}::text[]) WITH ORDINALITY AS t(part, n) ORDER BY n`;
  const lexeme = (word: string) => `'${word}'`;
  const [words, ...phraseWords] = rows.map((r) => r.words.split(" ").filter(Boolean));
  // Whole words, but the last one may be a word's beginning ("exchange inform"), as people type: a
  // beginning scans every word it starts, four times the cost of a whole word at 200,000 pages.
  const loneWords = [...new Set(words)].slice(0, MAX_PARTS);
  const terms = [
    ...loneWords.map((word, i) => (i === loneWords.length - 1 ? `${lexeme(word)}:*` : lexeme(word))),
    ...phraseWords.filter((w) => w.length).map((w) => (w.length === 1 ? lexeme(w[0]) : `(${w.map(lexeme).join(" <-> ")})`)),
  ];
  return terms.length ? terms.join(" & ") : null;
}

export interface FoundDocument {
  id: string;
  filename: string;
  mediaType: string;
  /** The pages it was found on, in order (of those weighed). */
  pages: number[];
  /** The best page's passage, the words between MARK_START and MARK_END. */
  passage: string;
  record: { kind: "agreement" | "meeting" | "project" | "opportunity"; id: string; title: string };
}

/** Documents the viewer may open, as a condition on d.id (none: every document). */
async function openable(viewer: Viewer): Promise<Prisma.Sql> {
  const where = scope(viewer).document;
  if (Object.keys(where).length === 0) return Prisma.empty;
  const ids =
    viewer.role === "PARTNER"
      ? await partnerDocumentIds(viewer)
      : (await db().document.findMany({ where: { AND: [where, { archived: false }] }, select: { id: true } })).map((d) => d.id);
  return Prisma.sql`AND p."documentId" = ANY(${ids}::text[])`;
}

// An archived document has no pages (the database deletes them when it is archived; restored, it is
// read again), so the pages alone say what may be found; `only` narrows them to the viewer's.
const MATCHING = (tsquery: string, only: Prisma.Sql) => Prisma.sql`
  FROM "DocumentPage" p WHERE p.vector @@ to_tsquery('document_text', ${tsquery}) ${only}`;

/**
 * The best `take` documents for the query and how many there are (up to `countUpTo` + 1; `more`:
 * at least that many, the documents of the first COUNTED_PAGES matching pages).
 */
export async function searchDocuments(viewer: Viewer, query: string, take: number, countUpTo: number): Promise<{ rows: FoundDocument[]; total: number; more: boolean }> {
  // Both at once: each is a round trip of its own.
  const [tsquery, only] = await Promise.all([documentQuery(query), openable(viewer)]);
  if (!tsquery) return { rows: [], total: 0, more: false };
  // One pass over the index: the first COUNTED_PAGES matching pages, the first RANKED_PAGES of them
  // weighed (a page's vector is read only where it is weighed).
  const pages = await db().$queryRaw<{ documentId: string; page: number; rank: number | null }[]>`
    SELECT "documentId", page, CASE WHEN n <= ${RANKED_PAGES} THEN ts_rank(vector, to_tsquery('document_text', ${tsquery})) END AS rank
    FROM (SELECT p."documentId", p.page, p.vector, row_number() OVER () AS n ${MATCHING(tsquery, only)} LIMIT ${COUNTED_PAGES}) found`;
  const more = pages.length === COUNTED_PAGES;
  const total = new Set(pages.map((p) => p.documentId)).size;
  const byDocument = new Map<string, { rank: number; best: number; pages: number[] }>();
  for (const { documentId, page, rank } of pages) {
    if (rank === null) continue;
    const found = byDocument.get(documentId) ?? { rank: -1, best: page, pages: [] };
    found.pages.push(page);
    if (rank > found.rank) Object.assign(found, { rank, best: page });
    byDocument.set(documentId, found);
  }
  const best = [...byDocument].sort(([, a], [, b]) => b.rank - a.rank).slice(0, take);
  if (best.length === 0) return { rows: [], total, more };
  const [documents, passages] = await Promise.all([
    db().document.findMany({
      where: { id: { in: best.map(([id]) => id) } },
      select: {
        id: true,
        filename: true,
        mediaType: true,
        agreement: { select: { id: true, title: true } },
        meeting: { select: { id: true, title: true } },
        project: { select: { id: true, title: true } },
        opportunity: { select: { id: true, title: true } },
      },
    }),
    db().$queryRaw<{ documentId: string; passage: string }[]>`
      SELECT "documentId", ts_headline('document_text', text, to_tsquery('document_text', ${tsquery}),
        ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) AS passage
      FROM "DocumentPage" WHERE ("documentId", page) IN (SELECT * FROM unnest(${best.map(([id]) => id)}::text[], ${best.map(([, f]) => f.best)}::int[]))`,
  ]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const passageOf = new Map(passages.map((p) => [p.documentId, p.passage]));
  const rows = best.flatMap(([id, found]) => {
    const d = byId.get(id);
    const record = d && recordOf(d);
    return d && record ? [{ id, filename: d.filename, mediaType: d.mediaType, pages: found.pages.sort((a, b) => a - b), passage: passageOf.get(id) ?? "", record }] : [];
  });
  return { rows, total: Math.min(total, countUpTo + 1), more };
}

type Titled = { id: string; title: string } | null;

function recordOf(d: { agreement: Titled; meeting: Titled; project: Titled; opportunity: Titled }): FoundDocument["record"] | null {
  if (d.meeting) return { kind: "meeting", ...d.meeting };
  if (d.project) return { kind: "project", ...d.project };
  if (d.opportunity) return { kind: "opportunity", ...d.opportunity };
  if (d.agreement) return { kind: "agreement", ...d.agreement };
  return null;
}
