import type { ReactNode } from 'react';
import type { ProblemNamespace } from '@/lib/forms/problem-text';
import { ListSkeleton, LoadError } from './load-state';

/** What QueryState needs of a query (a TanStack Query result, or several read as one). */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/**
 * One query's load, error, empty and loaded states: a skeleton while it loads, the feature's
 * error text with a retry button when it fails, `empty` when `isEmpty` says there is nothing,
 * else `children` with the data.
 */
export function QueryState<T>({
  query,
  ns,
  rows,
  height,
  empty,
  isEmpty,
  children,
}: {
  query: QueryLike<T>;
  ns: ProblemNamespace;
  rows?: number;
  /** Each skeleton row's height (ListSkeleton's default when not given). */
  height?: string;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <ListSkeleton rows={rows} height={height} />;
  if (query.isError || query.data === undefined) {
    return <LoadError ns={ns} error={query.error} retry={() => void query.refetch()} />;
  }
  if (empty !== undefined && isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

/** Two queries read as one: pending while either is, failed when either failed. */
export function bothQueries<A, B>(a: QueryLike<A>, b: QueryLike<B>): QueryLike<[A, B]> {
  return {
    isPending: a.isPending || b.isPending,
    isError: a.isError || b.isError,
    error: a.error ?? b.error,
    data: a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined,
    refetch: () => {
      void a.refetch();
      void b.refetch();
    },
  };
}
