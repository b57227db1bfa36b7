import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './mail';

/**
 * Forum end-to-end helpers: members made through the real registration (an allow-listed
 * e-mail domain, the mailed confirmation link) and signed in by the refresh cookie the
 * confirmation sets, so each test has fresh members of its own.
 */
export interface E2eMember {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** The auth endpoints want this header on every state-changing call (CSRF protection). */
const csrf = { 'X-Helsebro-Csrf': '1' };

export function uniqueSuffix() {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

/** Registers and confirms a member; the page's browser context is then signed in as them. */
export async function registerMember(page: Page, first: string): Promise<E2eMember> {
  const suffix = uniqueSuffix();
  const member = {
    name: `${first} ${suffix}`,
    email: `forum-${suffix}@ous-hf.no`,
    password: `Passord-for-${suffix}-2026`,
  };
  const registered = await page.request.post('/api/v1/auth/registrations', {
    headers: csrf,
    data: {
      displayName: member.name,
      email: member.email,
      password: member.password,
      organisation: 'Oslo universitetssykehus',
      language: 'nb',
    },
  });
  expect(registered.status()).toBe(202);
  const mail = await waitForMail(member.email);
  const token = new URL(linkIn(mail, '/register/confirm')).searchParams.get('token');
  const confirmed = await page.request.post('/api/v1/auth/email-confirmations', {
    headers: csrf,
    data: { token },
  });
  expect(confirmed.ok()).toBeTruthy();
  return member;
}

export async function signIn(page: Page, member: E2eMember) {
  const response = await page.request.post('/api/v1/auth/sign-in', {
    headers: csrf,
    data: { email: member.email, password: member.password },
  });
  expect(response.ok()).toBeTruthy();
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

async function accessToken(page: Page): Promise<string> {
  const response = await page.request.post('/api/v1/auth/refresh', { headers: csrf });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
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
    if (
      message.type() === 'error' &&
      !statuses.some((s) => message.text().includes(`status of ${s}`))
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
