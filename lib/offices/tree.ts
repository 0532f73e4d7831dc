// The office tree as plain data: an office's subtree, its path from the top, the order to list
// the tree in, and whether a move would make a cycle. Offices are tens, at most a few hundred, so
// the whole tree is read at once (queries.ts) and walked here; records filter by the ids it gives.

export interface OfficeNode {
  id: string;
  name: string;
  city: string | null;
  parentId: string | null;
  closed: boolean;
}

function childrenOf<T extends OfficeNode>(offices: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const office of offices) children.set(office.parentId, [...(children.get(office.parentId) ?? []), office]);
  return children;
}

/** The office and every office below it, however deep. */
export function subtreeIds(offices: readonly OfficeNode[], id: string): string[] {
  const children = childrenOf(offices);
  const ids: string[] = [];
  const visit = (officeId: string) => {
    if (ids.includes(officeId)) return; // a cycle in stored data must not hang the request
    ids.push(officeId);
    for (const child of children.get(officeId) ?? []) visit(child.id);
  };
  if (offices.some((o) => o.id === id)) visit(id);
  return ids;
}

/** Would putting `id` under `parentId` make the office its own ancestor? */
export function wouldCycle(offices: readonly OfficeNode[], id: string, parentId: string | null): boolean {
  return parentId !== null && subtreeIds(offices, id).includes(parentId);
}

/** The tree depth first, children by name, each office with its depth (0 at the top). */
export function inTreeOrder<T extends OfficeNode>(offices: readonly T[]): { office: T; depth: number }[] {
  const children = childrenOf(offices);
  const known = new Set(offices.map((o) => o.id));
  const out: { office: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (office: T, depth: number) => {
    if (seen.has(office.id)) return;
    seen.add(office.id);
    out.push({ office, depth });
    for (const child of [...(children.get(office.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) visit(child, depth + 1);
  };
  const tops = offices.filter((o) => o.parentId === null || !known.has(o.parentId)).sort((a, b) => a.name.localeCompare(b.name));
  for (const top of tops) visit(top, 0);
  return out;
}

/** The top office the offices migration made; records from before offices belong to it. */
export const ROOT_OFFICE = "office-root";
