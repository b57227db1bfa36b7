import { useState } from 'react';

/** A set of ids the member ticks one by one or all at once (table rows, list items). */
export function useSelection(initial: Iterable<number> = []) {
  const [ids, setIds] = useState<Set<number>>(() => new Set(initial));
  const set = (id: number, on: boolean) =>
    setIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return {
    ids,
    has: (id: number) => ids.has(id),
    set,
    setAll: (all: Iterable<number>) => setIds(new Set(all)),
    clear: () => setIds(new Set()),
  };
}

/** The rows of one page of a list shown `size` at a time. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): T[] {
  return rows.slice(page * size, (page + 1) * size);
}
