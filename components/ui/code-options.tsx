/** The <option>s of one of our code lists (lib/domain/codelists.ts), labelled for people. */
export function CodeOptions({ entries }: { entries: Record<string, { label: string }> }) {
  return Object.entries(entries).map(([key, entry]) => (
    <option key={key} value={key}>
      {entry.label}
    </option>
  ));
}
