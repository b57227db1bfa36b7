import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NetworkError } from '@/lib/api-client';
import { initTestI18n } from '@/testing/test-i18n';
import '@/testing/render';
import { fakeQuery as query } from './fake-query';
import { bothQueries, QueryState, type QueryLike } from './query-state';

const list = (q: QueryLike<string[]>) =>
  render(
    <QueryState query={q} ns="mentoring" empty={<p>Nothing yet.</p>} isEmpty={(l) => !l.length}>
      {(items) => <p>{items.join(', ')}</p>}
    </QueryState>,
  );

describe('QueryState', () => {
  beforeEach(() => initTestI18n('nb'));

  it('announces loading while the query is pending', () => {
    list(query({ isPending: true }));
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('says what failed and tries again on request', async () => {
    const failed = query<string[]>({ isError: true, error: new NetworkError(new TypeError('x')) });
    list(failed);
    await userEvent.click(screen.getByRole('button'));
    expect(failed.refetch).toHaveBeenCalledOnce();
  });

  it('shows the empty sentence for nothing, else the data', () => {
    const { unmount } = list(query({ data: [] }));
    expect(screen.getByText('Nothing yet.')).toBeInTheDocument();
    unmount();
    list(query({ data: ['a', 'b'] }));
    expect(screen.getByText('a, b')).toBeInTheDocument();
  });
});

describe('bothQueries', () => {
  it('waits for both, fails with either, and retries both', () => {
    const a = query({ data: 1 });
    const b = query<string>({ isPending: true });
    expect(bothQueries(a, b)).toMatchObject({ isPending: true, data: undefined });
    const failed = query<string>({ isError: true, error: 'boom' });
    const both = bothQueries(a, failed);
    expect(both).toMatchObject({ isError: true, error: 'boom' });
    both.refetch();
    expect(a.refetch).toHaveBeenCalledOnce();
    expect(failed.refetch).toHaveBeenCalledOnce();
    expect(bothQueries(a, query({ data: 'x' })).data).toEqual([1, 'x']);
  });
});
