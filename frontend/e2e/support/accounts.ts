import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { linkIn, waitForMail } from './mail';
import { baseURL } from './ports';

/**
 * Account helpers for every module's end-to-end specs.
 *
 * - `registerActiveAdvisor()` makes a new, active member through the real API and the real mail
 *   (allow-listed domain, confirmed by the mailed link) and returns its credentials. It does not
 *   sign anybody in: call `signIn(page, ...)` next.
 * - `signIn(page, email, password)` signs in through the sign-in page and waits until the app
 *   shows the member's menu.
 * - `signInAsCoordinator(page)` signs in a fresh coordinator with password and TOTP code (see its
 *   comment: coordinators must use a second factor).
 * - `totpCode(secret)` computes the current authenticator-app code for a TOTP secret.
 * - `signOut(page)` signs out through the account menu.
 *
 * All of them work in either interface language.
 */

export interface Credentials {
  email: string;
  password: string;
  displayName: string;
  /** The member id. */
  id?: number;
  /** Set when the member has two-factor sign-in on: compute codes with totpCode(secret). */
  totpSecret?: string;
}

interface ApiSession {
  accessToken: string;
  refreshCookie: string;
  member: { id: number; roles: string[] };
}

/** The refresh cookie from a response, as "helsebro_refresh=..." to send back. */
function refreshCookieOf(response: APIResponse): string {
  const cookie = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value.split(';')[0]!)
    .find((c) => c.startsWith('helsebro_refresh=') && c !== 'helsebro_refresh=');
  if (!cookie) throw new Error('No refresh cookie in the response');
  return cookie;
}

async function toApiSession(response: APIResponse): Promise<ApiSession> {
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as Omit<ApiSession, 'refreshCookie'>;
  return { ...body, refreshCookie: refreshCookieOf(response) };
}

/** The first coordinator, created at start-up from the stack's configuration. */
export const bootstrapCoordinator: Credentials = {
  email: 'koordinator@helsebro.no',
  password: 'Koordinator-passord-2026',
  displayName: 'Kari Koordinator',
};

/** Headers the auth API wants from a script (the browser app sends the same). */
export const authHeaders = { 'X-Helsebro-Csrf': '1' };

/** A unique address, e.g. `e2e-3f9a1c2b@ous-hf.no` (ous-hf.no is on the allow-list). */
export function uniqueEmail(domain = 'ous-hf.no', prefix = 'e2e') {
  return `${prefix}-${randomUUID().slice(0, 8)}@${domain}`;
}

export interface RegisterOptions {
  /** Defaults to a random address on the allow-listed ous-hf.no. */
  email?: string;
  displayName?: string;
  password?: string;
  organisation?: string;
  language?: 'nb' | 'en';
}

/**
 * Registers a member through the API and confirms the address with the link from the mail.
 * With an allow-listed domain (the default) the member is active; with another domain the member
 * waits for a coordinator's approval.
 */
export async function registerMember(options: RegisterOptions = {}): Promise<Credentials> {
  return (await registerWithSession(options)).credentials;
}

async function registerWithSession(
  options: RegisterOptions,
): Promise<{ credentials: Credentials; session: ApiSession }> {
  const email = options.email ?? uniqueEmail();
  const displayName = options.displayName ?? `Test ${email.slice(4, 12)} Rådgiver`;
  const password = options.password ?? `langt e2e-passord ${randomUUID().slice(0, 6)}`;
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const registered = await context.post('/api/v1/auth/registrations', {
      headers: authHeaders,
      data: {
        displayName,
        email,
        password,
        organisation: options.organisation ?? 'Oslo universitetssykehus',
        language: options.language ?? 'nb',
      },
    });
    expect(registered.status(), await registered.text()).toBe(202);
    const mail = await waitForMail(email, 1);
    const token = new URL(linkIn(mail, '/register/confirm')).searchParams.get('token');
    const confirmed = await context.post('/api/v1/auth/email-confirmations', {
      headers: authHeaders,
      data: { token },
    });
    const session = await toApiSession(confirmed);
    return { credentials: { email, password, displayName, id: session.member.id }, session };
  } finally {
    await context.dispose();
  }
}

/** A new active advisor (allow-listed domain, confirmed by mail). The page argument is optional. */
export async function registerActiveAdvisor(
  _pageOrRequest?: unknown,
  options: RegisterOptions = {},
): Promise<Credentials> {
  return registerMember(options);
}

/** Signs in through the sign-in page and waits for the account menu. */
export async function signIn(page: Page, email: string, password: string, code?: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/^(E-postadresse|E-mail address)/).fill(email);
  await page.getByLabel(/^(Passord|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Logg inn|Sign in)$/ }).click();
  if (code !== undefined) {
    const codeField = page.getByLabel(
      /^(Kode fra autentiseringsappen|Code from your authenticator app)/,
    );
    await codeField.fill(code);
    await page.getByRole('button', { name: /^(Logg inn|Sign in)$/ }).click();
  }
  await expect(
    page.getByRole('button', { name: /^(Kontomeny for|Account menu for)/ }),
  ).toBeVisible();
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, `offset` steps from now. */
export function totpCode(secret: string, offset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + offset));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const at = hmac[hmac.length - 1]! & 0x0f;
  const value = (hmac.readUInt32BE(at) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/** Turns on two-factor sign-in for a signed-in member (API) and returns the TOTP secret. */
async function enableTwoFactor(context: APIRequestContext, accessToken: string): Promise<string> {
  const headers = { Authorization: `Bearer ${accessToken}` };
  const setup = await context.post('/api/v1/me/two-factor', { headers });
  expect(setup.status(), await setup.text()).toBe(200);
  const { secret } = (await setup.json()) as { secret: string };
  // The previous step's code confirms, leaving the current step's code for the sign-in.
  const confirmed = await context.post('/api/v1/me/two-factor/confirmation', {
    headers,
    data: { code: totpCode(secret, -1) },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return secret;
}

/**
 * A coordinator session for API calls: the bootstrap coordinator, kept signed in across tests
 * of one Playwright run by rotating its refresh cookie in a state file. On first use it signs in
 * with the password and turns on two-factor sign-in (coordinators get the COORDINATOR role only
 * with a second factor), then refreshes to get a token with that role.
 */
export async function coordinatorApiSession(context: APIRequestContext): Promise<ApiSession> {
  // Under e2e/.artifacts (not the system temp directory, where it would stay after the run).
  const stateFile = path.join(
    import.meta.dirname,
    '..',
    '.artifacts',
    `coordinator-${new URL(baseURL).port}-${process.ppid}.json`,
  );
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  let cookie: string | null = null;
  if (fs.existsSync(stateFile)) {
    cookie = (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { cookie: string }).cookie;
  } else {
    const signedIn = await context.post('/api/v1/auth/sign-in', {
      headers: authHeaders,
      data: { email: bootstrapCoordinator.email, password: bootstrapCoordinator.password },
    });
    if (signedIn.status() === 401) {
      throw new Error(
        'The bootstrap coordinator already has two-factor sign-in but this run has no state file:' +
          ` start the e2e run again (fresh server), or delete ${stateFile}'s server data.`,
      );
    }
    const first = await toApiSession(signedIn);
    if (!first.member.roles.includes('COORDINATOR')) {
      await enableTwoFactor(context, first.accessToken);
    }
    cookie = first.refreshCookie;
  }
  const refreshed = await context.post('/api/v1/auth/refresh', {
    headers: { ...authHeaders, Cookie: cookie },
  });
  const session = await toApiSession(refreshed);
  fs.writeFileSync(stateFile, JSON.stringify({ cookie: session.refreshCookie }));
  expect(session.member.roles).toContain('COORDINATOR');
  return session;
}

/**
 * Signs in a coordinator through the sign-in page, with password and TOTP code as a real
 * coordinator does. Each call makes a fresh coordinator: a new active advisor with two-factor
 * sign-in on, promoted by the bootstrap coordinator (kept signed in through the API, see above).
 * A fresh member per call means a TOTP code is never used twice, which the server refuses.
 * Returns the coordinator's credentials, including `totpSecret`.
 */
export async function signInAsCoordinator(page: Page): Promise<Credentials> {
  const context = await playwrightRequest.newContext({ baseURL });
  let credentials: Credentials;
  try {
    const fresh = await registerWithSession({
      displayName: `Koordinator ${randomUUID().slice(0, 6)}`,
    });
    const secret = await enableTwoFactor(context, fresh.session.accessToken);
    const coordinator = await coordinatorApiSession(context);
    const promoted = await context.post(
      `/api/v1/member-accounts/${fresh.session.member.id}/coordinator`,
      {
        headers: { Authorization: `Bearer ${coordinator.accessToken}` },
      },
    );
    expect(promoted.status(), await promoted.text()).toBe(200);
    credentials = { ...fresh.credentials, totpSecret: secret };
  } finally {
    await context.dispose();
  }
  await signIn(page, credentials.email, credentials.password, totpCode(credentials.totpSecret!));
  return credentials;
}

/** Signs out through the account menu and waits for the sign-in link. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^(Kontomeny for|Account menu for)/ }).click();
  await page.getByRole('button', { name: /^(Logg ut|Sign out)$/ }).click();
  await expect(page.getByRole('link', { name: /^(Logg inn|Sign in)$/ }).first()).toBeVisible();
}
