import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { authHeaders, registerMember, type Credentials } from './accounts';
import { uniqueSuffix } from './forum';
import { baseURL } from './ports';

/**
 * Moderation end-to-end helpers: members who act only through the API (to set the scene), and a
 * way to make a new member trusted by the forum's real rule (ADR 0206): an accepted answer.
 */
export interface ApiMember extends Credentials {
  token: string;
  api: APIRequestContext;
}

export async function apiMember(first: string): Promise<ApiMember> {
  const c = await registerMember({ displayName: `${first} ${uniqueSuffix()}` });
  const api = await playwrightRequest.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    headers: authHeaders,
    data: { email: c.email, password: c.password },
  });
  expect(signedIn.status()).toBe(200);
  const token = ((await signedIn.json()) as { accessToken: string }).accessToken;
  return { ...c, token, api };
}

async function call(m: ApiMember, method: 'post' | 'put', path: string, data: unknown) {
  const response = await m.api[method](`/api/v1${path}`, {
    headers: { Authorization: `Bearer ${m.token}`, 'Idempotency-Key': `e2e-${uniqueSuffix()}` },
    data,
  });
  const text = await response.text();
  expect(response.ok(), `${method} ${path}: ${text}`).toBe(true);
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

export async function topic(m: ApiMember, kind: string, title: string, body: string) {
  const categories = (await (
    await m.api.get('/api/v1/categories', { headers: { Authorization: `Bearer ${m.token}` } })
  ).json()) as { id: number; slug: string }[];
  const created = await call(m, 'post', '/topics', {
    categoryId: categories.find((c) => c.slug === 'coffee-room')?.id,
    kind,
    title,
    body,
  });
  return created.topicId as number;
}

/** Replies; returns the new post's id and number. */
export async function reply(m: ApiMember, topicId: number, body: string) {
  const created = await call(m, 'post', `/topics/${topicId}/posts`, { body });
  return { id: created.id as number, postNumber: created.postNumber as number };
}

/** The asker accepts an answer by `member` to a fresh question: `member` is trusted from now on. */
export async function makeTrusted(member: ApiMember, asker: ApiMember) {
  const q = await topic(asker, 'QUESTION', `Hjelp med oppsett ${uniqueSuffix()}`, 'Hvordan?');
  const answer = await reply(member, q, 'Slik gjør du det.');
  await call(asker, 'put', `/topics/${q}/accepted-answer`, { postId: answer.id });
}

export async function flag(m: ApiMember, postId: number, reason: string) {
  return call(m, 'post', `/posts/${postId}/flags`, { reason });
}
