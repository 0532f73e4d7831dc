// Reading many records without holding them all: an export streams them a batch at a time.

/**
 * Rows fetched a batch at a time in the order of `ids` (the list's order, read once), so an export
 * of any size holds one batch of records in memory, not all of them.
 */
export async function* inBatches<Row extends { id: string }>(ids: string[], fetch: (ids: string[]) => Promise<Row[]>, size = 1000): AsyncGenerator<Row> {
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    const byId = new Map((await fetch(batch)).map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield row;
    }
  }
}
