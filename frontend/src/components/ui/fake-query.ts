import { vi } from 'vitest';
import type { QueryLike } from './query-state';

/** For tests: a settled, empty query with a spy for refetch, changed by `over`. */
export const fakeQuery = <T>(over: Partial<QueryLike<T>>): QueryLike<T> => ({
  isPending: false,
  isError: false,
  error: null,
  data: undefined,
  refetch: vi.fn(),
  ...over,
});
