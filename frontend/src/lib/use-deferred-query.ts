import { useDeferredValue, useMemo } from 'react';

/** What a page draws from a query. */
export interface QueryView<T> {
  data: T | undefined;
  isLoading: boolean;
  isError: boolean;
  error?: unknown;
}

/**
 * A query's state for drawing a long page (a topic's posts, a list of topics): when it changes —
 * the data comes, another page of it — React draws the new state in a background render that it
 * splits into small pieces, and the previous state (the skeleton) stays until that render is
 * done. TanStack Query's own updates are drawn in one piece: twenty posts were one task of
 * 400 ms on a slow phone (Lighthouse, CPU 4×), when a tap could not be answered (issue 14,
 * ADR 0022).
 */
export function useDeferredQuery<T>(query: QueryView<T>): QueryView<T> {
  const { data, isLoading, isError, error } = query;
  const view = useMemo(
    () => ({ data, isLoading, isError, error }),
    [data, isLoading, isError, error],
  );
  return useDeferredValue(view);
}
