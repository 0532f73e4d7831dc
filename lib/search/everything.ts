// The header's search: every kind of record the viewer may read at once, the best few of each,
// ranked by tier (places.ts) and counted in full so the page can link to the whole list.
import { db } from "@/lib/db";
import { can, scope, type Viewer } from "@/lib/policy";
import { searchDocuments } from "./documents";
import { AGREEMENT_TIERS, MEETING_TIERS, PARTNER_TIERS, matchingAll, projectTiers } from "./places";
import { everyWord, searchTerms } from "./words";

/** How many of each kind the search page shows. */
export const BEST_OF_EACH = 5;

/** Counting stops past this many ("1000+"): a common word need not scan every row to say "many". */
export const COUNT_UP_TO = 1000;

interface Found<Row> {
  rows: Row[];
  /** How many match, up to COUNT_UP_TO + 1 (more than COUNT_UP_TO: "many"). */
  total: number;
}

/**
 * The best rows of one kind: the first tier's matches, then the next tier's not already found, until
 * there are enough; and how many match at all. Within a tier the database returns the first it finds
 * (no ORDER BY: sorting a common word's thousand matches to show five costs more than the page), and
 * `order` arranges those few.
 */
async function bestOf<Where, Row extends { id: string }>(
  tiers: readonly ((word: string) => Where[])[],
  words: string[],
  find: (where: Where, take: number) => Promise<Row[]>,
  count: (where: Where, take: number) => Promise<number>,
  order: (a: Row, b: Row) => number,
): Promise<Found<Row>> {
  const [total, rows] = await Promise.all([
    count(live(matchingAll(tiers, words)), COUNT_UP_TO + 1),
    (async () => {
      const rows: Row[] = [];
      for (const tier of tiers) {
        if (rows.length >= BEST_OF_EACH) break;
        const found = await find(live(everyWord(words, tier), { id: { notIn: rows.map((r) => r.id) } }), BEST_OF_EACH - rows.length);
        rows.push(...found.sort(order));
      }
      return rows;
    })(),
  ]);
  return { rows, total };
}

/** Not archived, and not among `also`'s exclusions. */
function live<Where>(match: object, also: object = {}): Where {
  return { AND: [match, { archived: false, ...also }] } as Where;
}

const byText = <Row>(text: (row: Row) => string) => (a: Row, b: Row) => text(a).localeCompare(text(b), "en");

const NONE = { rows: [], total: 0, more: false };

/** Staff only (partners have their portal); null for partners. Archived records are not searched. */
export async function searchEverything(viewer: Viewer, query: string) {
  if (viewer.role === "PARTNER") return null;
  const words = await searchTerms(query);
  // Those who read only their offices' records find only those (lib/policy.ts).
  const scoped = scope(viewer);
  if (words.length === 0) return { words, agreements: NONE, meetings: NONE, projects: NONE, partners: NONE, documents: NONE };
  const [agreements, meetings, projects, partners, documents] = await Promise.all([
    can(viewer, "read", "Agreement")
      ? bestOf(
          AGREEMENT_TIERS,
          words,
          (where, take) =>
            db().agreement.findMany({
              where: { AND: [where, scoped.agreement] },
              take,
              select: { id: true, reference: true, title: true, status: true },
            }),
          (where, take) => db().agreement.count({ where: { AND: [where, scoped.agreement] }, take }),
          byText((a) => a.title),
        )
      : NONE,
    can(viewer, "read", "Meeting")
      ? bestOf(
          MEETING_TIERS,
          words,
          (where, take) =>
            db().meeting.findMany({
              where: { AND: [where, scoped.meeting] },
              take,
              select: { id: true, title: true, heldOn: true, status: true, agreement: { select: { title: true } } },
            }),
          (where, take) => db().meeting.count({ where: { AND: [where, scoped.meeting] }, take }),
          (a, b) => b.heldOn.getTime() - a.heldOn.getTime(),
        )
      : NONE,
    can(viewer, "read", "Project")
      ? projectTiers(words).then((tiers) =>
          bestOf(
          tiers,
          words,
          (where, take) =>
            db().project.findMany({
              where: { AND: [where, scoped.project] },
              take,
              select: { id: true, code: true, title: true, lifecycle: true },
            }),
          (where, take) => db().project.count({ where: { AND: [where, scoped.project] }, take }),
          byText((p) => p.code),
        ))
      : NONE,
    can(viewer, "read", "Organisation")
      ? bestOf(
          PARTNER_TIERS,
          words,
          (where, take) =>
            db().organisation.findMany({
              where,
              take,
              select: { id: true, name: true, acronym: true, kind: true },
            }),
          (where, take) => db().organisation.count({ where, take }),
          byText((o) => o.name),
        )
      : NONE,
    // Inside documents: the pages' own index, ranked by how well a page matches (documents.ts).
    can(viewer, "read", "Document") ? searchDocuments(viewer, query, BEST_OF_EACH, COUNT_UP_TO) : NONE,
  ]);
  return { words, agreements, meetings, projects, partners, documents };
}
