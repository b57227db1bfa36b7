import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  buildUrl,
  isNotFound,
  NetworkError,
  getAccessToken,
  setAccessToken,
  setTokenRefresher,
  whileSessionRestores,
} from './api-client';

function respond(status: number, body: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });
}

/** A stubbed server that answers 200 to calls with this token and 401 to any other. */
function serverAccepting(token: string) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
    new Headers(init.headers).get('Authorization') === `Bearer ${token}`
      ? respond(200, { ok: true })
      : respond(401, { title: 'Unauthorized' }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A stubbed server that answers every call 200; returns the Authorization header of each. */
function tokensSent() {
  const sent: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers).get('Authorization'));
      return respond(200, { ok: true });
    }),
  );
  return sent;
}

afterEach(() => {
  setAccessToken(null);
  setTokenRefresher(null);
  delete window.helsebroEarlyData;
});

describe('api client', () => {
  it('turns problem+json into an ApiError with field errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        respond(
          400,
          {
            title: 'Bad Request',
            status: 400,
            errors: [{ field: 'email', message: 'must be an e-mail' }],
          },
          'application/problem+json',
        ),
      ),
    );
    const error = await api.post('/things', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toEqual([
      { field: 'email', message: 'must be an e-mail' },
    ]);
  });

  it('reports a failed fetch as a NetworkError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/things')).rejects.toBeInstanceOf(NetworkError);
  });

  it('refreshes the access token once on 401 and retries with the new one', async () => {
    const fetchMock = serverAccepting('fresh');
    setAccessToken('stale');
    setTokenRefresher(async () => {
      setAccessToken('fresh');
      return 'fresh';
    });
    await expect(api.get('/me')).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the token a 401 refresh brought, so the next call does not refresh again', async () => {
    const fetchMock = serverAccepting('fresh');
    setAccessToken('expired');
    const refresher = vi.fn(async () => 'fresh');
    setTokenRefresher(refresher);
    await api.get('/me');
    await api.get('/me');
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBe('fresh');
    // The expired token once, then the fresh one for the retry and the next call.
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('waits for a session being restored instead of asking without a token', async () => {
    const sent = tokensSent();
    let finish: () => void = () => undefined;
    const restore = new Promise<void>((resolve) => {
      finish = () => {
        setAccessToken('restored');
        resolve();
      };
    });
    whileSessionRestores(restore);
    const call = api.get('/drafts');
    const anonymous = api.get('/categories', { anonymous: true });
    await anonymous;
    expect(sent).toEqual([null]);
    finish();
    await call;
    expect(sent).toEqual([null, 'Bearer restored']);
  });

  it('asks without a token once a restore has failed (offline: the call fails as it would)', async () => {
    const sent = tokensSent();
    whileSessionRestores(Promise.reject(new NetworkError(new TypeError('Failed to fetch'))));
    await api.get('/topics/1');
    expect(sent).toEqual([null]);
  });

  it('takes the answer src/boot.ts started for this page once, and only on that page', async () => {
    const fetchMock = vi.fn(async () => respond(200, { from: 'app' }));
    vi.stubGlobal('fetch', fetchMock);
    setAccessToken('token');
    const early = (url: string, answer: Response | null, href = window.location.href) => {
      window.helsebroEarlyData = { href, requests: new Map([[url, Promise.resolve(answer)]]) };
    };
    const topic = (id: number) => api.get(`/topics/${id}`, { query: { page: 0 } });
    early('/api/v1/topics/5?page=0', respond(200, { from: 'boot' }));
    expect(await topic(5)).toEqual({ from: 'boot' });
    expect(await topic(5)).toEqual({ from: 'app' });
    // Not asked after all (a guest, offline): the app asks itself.
    early('/api/v1/topics/6?page=0', null);
    expect(await topic(6)).toEqual({ from: 'app' });
    // Started for another page than the one shown now.
    early('/api/v1/topics/7?page=0', respond(200, { from: 'boot' }), 'http://elsewhere/forum/t/7');
    expect(await topic(7)).toEqual({ from: 'app' });
    // Only a GET takes it.
    early('/api/v1/topics/8?page=0', respond(200, { from: 'boot' }));
    expect(await api.post('/topics/8', {}, { query: { page: 0 } })).toEqual({ from: 'app' });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('leaves empty query values out of the URL', () => {
    expect(buildUrl('/topics', { page: 2, tag: '', kind: undefined, ids: [1, 2] })).toBe(
      '/api/v1/topics?page=2&ids=1&ids=2',
    );
  });
});

describe('isNotFound', () => {
  it('is true for a 404 answer only, not for other answers or a lost connection', () => {
    expect(isNotFound(new ApiError(404, { status: 404, code: 'not-found' }))).toBe(true);
    expect(isNotFound(new ApiError(403, { status: 403 }))).toBe(false);
    expect(isNotFound(new NetworkError(new TypeError('Failed to fetch')))).toBe(false);
  });
});
