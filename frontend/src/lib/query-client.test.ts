import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './query-client';

function goOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  vi.restoreAllMocks();
  onlineManager.setOnline(true);
});

describe('createQueryClient', () => {
  it('resumes the queries paused offline only after the other online listeners (the session restore) have gone on', async () => {
    const client = createQueryClient();
    client.mount();
    goOnline(false);
    expect(onlineManager.isOnline()).toBe(false);
    const queryFn = vi.fn(() => Promise.resolve('related'));
    const fetching = client.fetchQuery({ queryKey: ['related', 1], queryFn });

    // Registered later than TanStack Query's, as the session's listener is; in a browser the
    // microtasks a listener queues run before the next listener, so this stands for the restore
    // having started (whileSessionRestores) a few steps after the event.
    const sentBeforeTheRestore: number[] = [];
    window.addEventListener(
      'online',
      () => {
        void (async () => {
          for (let i = 0; i < 10; i++) await Promise.resolve();
          sentBeforeTheRestore.push(queryFn.mock.calls.length);
        })();
      },
      { once: true },
    );
    goOnline(true);

    await expect(fetching).resolves.toBe('related');
    expect(sentBeforeTheRestore).toEqual([0]);
    expect(queryFn).toHaveBeenCalledTimes(1);
    client.unmount();
  });

  it('pauses queries at once when the connection goes', () => {
    const client = createQueryClient();
    client.mount();
    goOnline(false);
    expect(onlineManager.isOnline()).toBe(false);
    client.unmount();
  });
});
