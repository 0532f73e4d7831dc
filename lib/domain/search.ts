// Text search is case- and accent-insensitive: queries compare unaccent(lower(column)) with
// unaccent(lower(pattern)). This builds the pattern: the words as typed, LIKE's wildcards escaped.
export function containsPattern(query: string): string {
  const text = query.trim().replace(/\s+/g, " ").replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%${text}%`;
}
