/**
 * The one HTTP client for the Helsebro API. It adds the access token (waiting for it while the
 * session is being restored), refreshes it once on a 401 through the refresh-token cookie and keeps
 * the new one, and turns RFC 7807 problem+json into {@link ApiError}.
 */

export const apiBase = '/api/v1';

/**
 * One wrong field as the server names it. Its `code` (and `min`/`max`/`format`) is what members
 * are told, through `fieldErrorText` (lib/field-errors); the server's English `message` is for
 * developers and deliberately not part of this type, so no page can show it.
 */
export interface FieldError {
  field: string;
  code?: string;
  min?: number;
  max?: number;
  format?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Machine-readable reason, stable across languages (e.g. "patient-data", "edit-conflict"). */
  code?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** The server answered 404: what was asked for is not there (or not for this member). */
export function isNotFound(error: unknown) {
  return error instanceof ApiError && error.status === 404;
}

/** The request never reached the server or no answer came back. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

type TokenRefresher = () => Promise<string | null>;

let accessToken: string | null = null;
let refresher: TokenRefresher | null = null;
let refreshing: Promise<string | null> | null = null;

/** Access tokens live only in memory; the refresh token is an HttpOnly cookie. */
export function setAccessToken(token: string | null) {
  accessToken = token;
}

export function getAccessToken() {
  return accessToken;
}

/** The accounts feature registers how a new access token is fetched. */
export function setTokenRefresher(fn: TokenRefresher | null) {
  refresher = fn;
}

/** A new access token through the refresh cookie, kept for the calls after this one. */
async function refreshOnce(): Promise<string | null> {
  if (!refresher) return null;
  refreshing ??= refresher()
    .then((fresh) => {
      if (fresh) accessToken = fresh;
      return fresh;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

let restoringSession: Promise<void> | null = null;

/**
 * Marks the session as being restored (at start-up, or when the connection returns) until
 * `restore` settles. Meanwhile a call that carries the member's token and has none yet waits for
 * it: sent without, it would be refused 401 and sent again after a second refresh of its own.
 * Whoever restores sets the token before `restore` settles.
 */
export function whileSessionRestores(restore: Promise<unknown>) {
  const settled = restore.then(
    () => undefined,
    () => undefined,
  );
  restoringSession = settled;
  void settled.then(() => {
    if (restoringSession === settled) restoringSession = null;
  });
}

/** The token to send: none for anonymous calls; the restored one if a restore is under way. */
async function tokenToSend(useToken: boolean): Promise<string | null> {
  if (!useToken) return null;
  if (accessToken == null && restoringSession) await restoringSession;
  return accessToken;
}

export interface RequestOptions extends Omit<RequestInit, 'body'> {
  body?: unknown;
  /** Query parameters; undefined, null and '' are left out. */
  query?: Record<
    string,
    string | number | boolean | null | undefined | readonly (string | number)[]
  >;
  /** Skip the Authorization header and the refresh-on-401 retry. */
  anonymous?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']) {
  const url = new URL(path.startsWith('/api') ? path : apiBase + path, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, String(v)));
    else url.searchParams.set(key, String(value));
  }
  return url.pathname + url.search;
}

async function send(path: string, options: RequestOptions, token: string | null) {
  const { body, query, anonymous: _anonymous, headers, ...init } = options;
  const h = new Headers(headers);
  h.set('Accept', 'application/json, application/problem+json');
  if (body !== undefined && !(body instanceof FormData)) h.set('Content-Type', 'application/json');
  if (token) h.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(buildUrl(path, query), {
      credentials: 'same-origin',
      ...init,
      headers: h,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new NetworkError(e);
  }
}

async function toError(response: Response): Promise<ApiError> {
  let problem: Problem = { status: response.status, title: response.statusText };
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      problem = { ...problem, ...((await response.json()) as Problem) };
    } catch {
      // A broken body still leaves us the status.
    }
  }
  return new ApiError(response.status, problem);
}

/**
 * The answer src/boot.ts started for this address before the app's code had arrived (a topic's
 * first page, ADR 0022), taken once and only while the page it was started for is still shown;
 * null when there is none or it failed (the caller then asks itself).
 */
async function earlyAnswer(path: string, options: RequestOptions): Promise<Response | null> {
  const early = typeof window === 'undefined' ? undefined : window.helsebroEarlyData;
  if (!early || (options.method ?? 'GET') !== 'GET' || options.anonymous) return null;
  if (early.href !== window.location.href) return null;
  const url = buildUrl(path, options.query);
  const answer = early.requests.get(url);
  early.requests.delete(url);
  return answer ?? null;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const useToken = !options.anonymous;
  let response =
    (await earlyAnswer(path, options)) ?? (await send(path, options, await tokenToSend(useToken)));
  if (response.status === 401 && useToken && refresher) {
    const fresh = await refreshOnce();
    if (fresh) response = await send(path, options, fresh);
  }
  return readResponse<T>(response);
}

/** An answer as {@link request} reads it: the body (JSON or text), undefined for none, or ApiError. */
export async function readResponse<T>(response: Response): Promise<T> {
  if (!response.ok) throw await toError(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: RequestOptions) =>
    request<T>(path, { ...options, method: 'DELETE' }),
};

/** Spring a fresh idempotency key for one user action (a submit, not a retry). */
export function newIdempotencyKey() {
  return crypto.randomUUID();
}

/**
 * Fetches a file the API makes (a PDF or CSV report) with the member's token, refreshing it once
 * like {@link request}, and returns it with the file name the server suggests.
 */
export async function download(
  path: string,
  query?: RequestOptions['query'],
): Promise<{ blob: Blob; fileName: string }> {
  const options: RequestOptions = { method: 'GET', query };
  let response = await send(path, options, await tokenToSend(true));
  if (response.status === 401 && refresher) {
    const fresh = await refreshOnce();
    if (fresh) response = await send(path, options, fresh);
  }
  if (!response.ok) throw await toError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
