import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * index.html's early script (src/boot.ts, loaded async) and the app's entry may run in either
 * order; either way the page asks for its session once (a second refresh turned the cookie over
 * again and left an unread answer open).
 */
describe('restoring the session at start-up', () => {
  const session = {
    accessToken: 'token',
    member: { id: 7, displayName: 'Tove', roles: ['MEMBER'], language: 'nb' },
  };
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.resetModules();
    delete window.helsebroSessionRefresh;
    delete window.helsebroRestoreStarted;
    fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify(session), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const refreshCalls = () =>
    fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/auth/refresh')).length;

  it('takes over the refresh the early script started when that script ran first', async () => {
    await import('@/boot');
    expect(window.helsebroSessionRefresh).toBeDefined();
    const { restoreSession, startRestoringSession } = await import('./restore-session');
    startRestoringSession();
    const restored = await restoreSession();
    expect(restored?.member.id).toBe(7);
    expect(refreshCalls()).toBe(1);
    expect(window.helsebroSessionRefresh).toBeUndefined();
  });

  it('leaves the refresh to the app when the early script runs after the app started', async () => {
    const { restoreSession, startRestoringSession } = await import('./restore-session');
    startRestoringSession();
    await import('@/boot');
    expect(window.helsebroSessionRefresh).toBeUndefined();
    const restored = await restoreSession();
    expect(restored?.member.id).toBe(7);
    expect(refreshCalls()).toBe(1);
  });
});
