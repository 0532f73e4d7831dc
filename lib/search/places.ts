// Where a typed word may be found in each kind of record, as tiers from the best match to the
// widest: a record found in an earlier tier ranks above one found only in a later tier (a title match
// above a party's name, above a summary match). The list pages filter by the widest tier.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { everyWord } from "./words";

type Tiers<Where> = readonly ((word: string) => Where[])[];


// An agreement's own columns hold its parties' names (kept by the database): one indexed LIKE a word.
export const AGREEMENT_TIERS: Tiers<Prisma.AgreementWhereInput> = [
  (word) => [{ searchTitle: { contains: word } }],
  (word) => [{ searchNames: { contains: word } }],
  (word) => [{ searchText: { contains: word } }],
];

export const PARTNER_TIERS: Tiers<Prisma.OrganisationWhereInput> = [(word) => [{ searchText: { contains: word } }]];

export const MEETING_TIERS: Tiers<Prisma.MeetingWhereInput> = [
  (word) => [{ searchText: { contains: word } }],
  (word) => [{ searchNames: { contains: word } }], // with its agreement's title and parties
];

/**
 * A project's tiers for these words. Its partners are found through the relation: the organisations
 * each word names are looked up first (one indexed LIKE a word), so each project is asked about
 * partner ids, an index probe, rather than about its partners' names, a LIKE per project and word
 * (500 ms for four words over 10,000 projects).
 */
export async function projectTiers(words: string[]): Promise<Tiers<Prisma.ProjectWhereInput>> {
  const named = new Map(
    await Promise.all(
      words.map(async (word) => [word, (await db().organisation.findMany({ where: { searchText: { contains: word } }, select: { id: true } })).map((o) => o.id)] as const),
    ),
  );
  const namedParty = (word: string) => ({ some: { organisationId: { in: named.get(word) ?? [] } } });
  return [
    (word) => [{ searchTitle: { contains: word } }],
    (word) => [{ searchTitle: { contains: word } }, { partners: namedParty(word) }],
    (word) => [{ searchText: { contains: word } }, { partners: namedParty(word) }],
  ];
}

/** The list pages' filter: every word found somewhere in the record (its widest tier). */
export function matchingAll<Where>(tiers: Tiers<Where>, words: string[]) {
  return everyWord(words, tiers[tiers.length - 1]);
}

/**
 * The same for a partner (the API's `q`): the widest tier holds the words of custom fields, some of
 * them staff only, so a partner's words are looked for in the tier before it, which holds none.
 */
export function matchingAllFor<Where>(isPartner: boolean, tiers: Tiers<Where>, words: string[]) {
  return everyWord(words, tiers[isPartner ? tiers.length - 2 : tiers.length - 1]);
}
