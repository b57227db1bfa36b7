import { expect, request as playwrightRequest, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
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
 * - `signInAsCoordinator(page)` signs in a coordinator (see its comment for the second factor).
 * - `signOut(page)` signs out through the account menu.
 *
 * All of them work in either interface language.
 */

export interface Credentials {
  email: string;
  password: string;
  displayName: string;
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
    expect(confirmed.status(), await confirmed.text()).toBe(200);
    return { email, password, displayName };
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

/** Signs in the coordinator from the stack's configuration. */
export async function signInAsCoordinator(page: Page): Promise<Credentials> {
  await signIn(page, bootstrapCoordinator.email, bootstrapCoordinator.password);
  return bootstrapCoordinator;
}

/** Signs out through the account menu and waits for the sign-in link. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^(Kontomeny for|Account menu for)/ }).click();
  await page.getByRole('button', { name: /^(Logg ut|Sign out)$/ }).click();
  await expect(page.getByRole('link', { name: /^(Logg inn|Sign in)$/ }).first()).toBeVisible();
}
