import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  buildUrl,
  isNotFound,
  NetworkError,
  setAccessToken,
  setTokenRefresher,
} from './api-client';

function respond(status: number, body: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });
}

afterEach(() => {
  setAccessToken(null);
  setTokenRefresher(null);
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
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
      new Headers(init.headers).get('Authorization') === 'Bearer fresh'
        ? respond(200, { ok: true })
        : respond(401, { title: 'Unauthorized' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setAccessToken('stale');
    setTokenRefresher(async () => {
      setAccessToken('fresh');
      return 'fresh';
    });
    await expect(api.get('/me')).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
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
