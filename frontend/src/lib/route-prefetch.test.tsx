import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getAccessToken } from './api-client';
import { prefetchForMember, setRouteQueryClient } from './route-prefetch';
import { SessionProvider, type EstablishedSession } from './session';
import { testSession } from '@/testing/session';

const session = testSession('token-of-kari');

// One file, one order: the session module remembers what it last knew (as the app does).
describe('prefetchForMember', () => {
  it('starts the request once the session is known, with its token, and the page finds it', async () => {
    const client = new QueryClient();
    setRouteQueryClient(client);
    const tokens: (string | null)[] = [];
    const queryFn = vi.fn(async () => {
      tokens.push(getAccessToken());
      return { title: 'Utskrift' };
    });
    let restored: (s: EstablishedSession) => void = () => undefined;

    // The loader runs while the session is still being restored: nothing is asked yet.
    prefetchForMember({ queryKey: ['forum', 'topic', 7], queryFn }, ['ADVISOR']);
    render(
      <SessionProvider restore={() => new Promise((resolve) => (restored = resolve))}>
        <p>side</p>
      </SessionProvider>,
    );
    await act(async () => {});
    expect(queryFn).not.toHaveBeenCalled();

    await act(async () => restored(session));
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(1));
    expect(tokens).toEqual(['token-of-kari']);
    await vi.waitFor(() =>
      expect(client.getQueryData(['forum', 'topic', 7])).toEqual({ title: 'Utskrift' }),
    );

    // A page for another role is not fetched for this member.
    const other = vi.fn(async () => 'x');
    prefetchForMember({ queryKey: ['moderation'], queryFn: other }, ['COORDINATOR']);
    await act(async () => {});
    expect(other).not.toHaveBeenCalled();
  });

  it('asks nothing for a guest', async () => {
    const client = new QueryClient();
    setRouteQueryClient(client);
    render(
      <SessionProvider restore={async () => null}>
        <p>side</p>
      </SessionProvider>,
    );
    await act(async () => {});
    const queryFn = vi.fn(async () => 'x');
    prefetchForMember({ queryKey: ['a'], queryFn }, ['ADVISOR']);
    await act(async () => {});
    expect(queryFn).not.toHaveBeenCalled();
    setRouteQueryClient(null);
  });
});
