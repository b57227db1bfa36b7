import {
  expect,
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { authHeaders, registerMember as registerAccount, signIn as signInPage } from './accounts';
import { baseURL as stackURL } from './ports';

/**
 * Forum end-to-end helpers on top of ./accounts: fresh members made through the real
 * registration and signed in through the sign-in page, so each test has members of its own.
 */
export interface E2eMember {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

export function uniqueSuffix() {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

const members = new WeakMap<Page, E2eMember>();

/** Registers a new active advisor and signs the page in as them. */
export async function registerMember(page: Page, first: string): Promise<E2eMember> {
  const c = await registerAccount({ displayName: `${first} ${uniqueSuffix()}` });
  await signInPage(page, c.email, c.password);
  const member = { name: c.displayName, email: c.email, password: c.password };
  members.set(page, member);
  return member;
}

/** A second signed-in member in a browser context of their own. */
export async function otherMember(browser: Browser, first: string, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  const member = await registerMember(page, first);
  return { context, page, member };
}

/** Starts a topic through the API as the page's signed-in member; returns its id. */
export async function apiTopic(page: Page, body: Record<string, unknown>): Promise<number> {
  const token = await accessToken(page);
  const categories = (await (
    await page.request.get('/api/v1/categories', { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { id: number; slug: string }[];
  const response = await page.request.post('/api/v1/topics', {
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `e2e-${uniqueSuffix()}` },
    data: {
      categoryId: categories.find((c) => c.slug === 'patient-records')?.id,
      ...body,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { topicId: number }).topicId;
}

/** Reads the API as the page's signed-in member (a sign-in of its own, the page's session untouched). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const token = await accessToken(page);
  const response = await page.request.get(`/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/** An access token for the page's member from a sign-in of its own (the page's session is untouched). */
async function accessToken(page: Page): Promise<string> {
  const member = members.get(page);
  if (!member) throw new Error('Sign the page in with registerMember first');
  const context = await playwrightRequest.newContext({ baseURL: stackURL });
  try {
    const response = await context.post('/api/v1/auth/sign-in', {
      headers: authHeaders,
      data: { email: member.email, password: member.password },
    });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  } finally {
    await context.dispose();
  }
}

/** A valid (synthetic) fødselsnummer and the same digits with a wrong control digit. */
export const validNationalId = '01010012356';
export const invalidNationalId = '01010012357';

/**
 * A second page in the same signed-in context for steps where the server is expected to refuse
 * (422 patient-data, 409 edit-conflict): Chromium logs every 4xx answer as a console error,
 * which the shared fixture counts as a failure. This page fails on any other console error.
 */
export async function pageExpectingRefusals(context: BrowserContext, statuses: number[]) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A request made while a test has cut the connection is expected, as in the shared fixture.
    if (
      message.type() === 'error' &&
      !statuses.some((s) => message.text().includes(`status of ${s}`)) &&
      !message.text().includes('net::ERR_INTERNET_DISCONNECTED')
    ) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    page,
    expectNoOtherErrors: () => expect(problems, 'console errors besides the refusals').toEqual([]),
  };
}
