// Text search is case- and accent-insensitive: queries compare unaccent(lower(column)) with
// unaccent(lower(pattern)).

/** The words as typed, one space apart; control characters count as spaces (PostgreSQL refuses a NUL byte outright). */
export function searchWords(query: string): string {
  return query.replace(/[\u0000-\u001f\u007f]/g, " ").trim().replace(/\s+/g, " ");
}

/** A LIKE pattern for the words, LIKE's wildcards escaped. */
export function containsPattern(query: string): string {
  return `%${searchWords(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
