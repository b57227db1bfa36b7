import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredQuery, type QueryView } from './use-deferred-query';

const loading: QueryView<string[]> = {
  data: undefined,
  isLoading: true,
  isError: false,
  error: null,
};

describe('useDeferredQuery', () => {
  it('gives the same state object while the query has not changed, so no background render starts', () => {
    const { result, rerender } = renderHook((q: QueryView<string[]>) => useDeferredQuery(q), {
      initialProps: loading,
    });
    const first = result.current;
    // A new result object with the same fields (TanStack Query makes one every render).
    rerender({ ...loading });
    expect(result.current).toBe(first);
  });

  it('comes to the new state once the data has come', async () => {
    const { result, rerender } = renderHook((q: QueryView<string[]>) => useDeferredQuery(q), {
      initialProps: loading,
    });
    const posts = ['første', 'andre'];
    rerender({ data: posts, isLoading: false, isError: false, error: null });
    await waitFor(() => expect(result.current.data).toBe(posts));
    expect(result.current.isLoading).toBe(false);
  });
});
