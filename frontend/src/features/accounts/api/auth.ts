import { api, type RequestOptions } from '@/lib/api-client';
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';
import type { EstablishedSession, Role } from '@/lib/session';
import type { Language } from '@/lib/i18n';

/** Every call under /api/v1/auth carries this header; the server refuses cross-site calls without it. */
export const csrfHeaders = { 'X-Helsebro-Csrf': '1' } as const;

const auth: RequestOptions = { anonymous: true, headers: csrfHeaders };

/** The signed-in member (GET /me); the document gives roles and language as strings. */
export type MeView = NarrowedSchema<'MeView', { roles: Role[]; language: Language }>;

/** POST /auth/* answers with this: an access token and the member (the refresh token is a cookie). */
export type SessionView = NarrowedSchema<'SessionView', { member: MeView }>;

export function toSession(view: SessionView): EstablishedSession {
  return { accessToken: view.accessToken, member: view.member };
}

/** Registration; the client always sends the reader's language. */
export type RegisterInput = NarrowedSchema<'RegisterRequest', { language: Language }>;

export function register(input: RegisterInput) {
  return api.post<ApiSchema<'RegistrationAccepted'>>('/auth/registrations', input, auth);
}

export function confirmEmail(token: string) {
  return api.post<SessionView>('/auth/email-confirmations', { token }, auth);
}

export type SignInInput = ApiSchema<'SignInRequest'>;

/**
 * A session, or — when the member uses a second factor and sent no code — a request for it
 * (client-written: the document types this answer as any object).
 */
export type SignInResult = SessionView | { secondFactorRequired: true };

export function signIn(input: SignInInput) {
  return api.post<SignInResult>('/auth/sign-in', input, auth);
}

/**
 * Uses the refresh cookie once; undefined (204) when there is no session. Tabs take turns (a Web
 * Lock), so a second tab presents the cookie the first tab's answer has just set (ADR 0105).
 * src/boot.ts makes the same call at start-up, before the app's code has loaded (ADR 0021): a
 * change here (path, header, lock) belongs there too.
 */
export async function refresh(): Promise<SessionView | undefined> {
  const call = () => api.post<SessionView | undefined>('/auth/refresh', undefined, auth);
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return call();
  return await navigator.locks.request('helsebro-refresh', call);
}

export function signOut() {
  return api.post<void>('/auth/sign-out', undefined, auth);
}

export function signOutEverywhere() {
  return api.post<void>('/auth/sign-out-everywhere', undefined, { headers: csrfHeaders });
}

export function updateMe(input: NarrowedSchema<'UpdateMeRequest', { language?: Language }>) {
  return api.patch<MeView>('/me', input);
}

export function requestPasswordReset(email: string) {
  return api.post<void>('/auth/password-resets', { email }, auth);
}

export function resetPassword(token: string, password: string) {
  return api.post<void>('/auth/password-resets/confirmations', { token, password }, auth);
}

export function changePassword(currentPassword: string, newPassword: string) {
  return api.post<void>('/me/password', { currentPassword, newPassword });
}

export function beginTwoFactor() {
  return api.post<ApiSchema<'SecondFactor.Setup'>>('/me/two-factor');
}

export function confirmTwoFactor(code: string) {
  return api.post<ApiSchema<'SecondFactor.RecoveryCodes'>>('/me/two-factor/confirmation', { code });
}

export function disableTwoFactor(code: string) {
  return api.post<void>('/me/two-factor/disable', { code });
}

export function fetchMe() {
  return api.get<MeView>('/me');
}

/** The GDPR export as a file the browser can save. */
export function exportMyData() {
  return api.get<unknown>('/me/export');
}

export function deleteMyAccount() {
  return api.delete('/me');
}

export function fetchOidcInfo() {
  return api.get<ApiSchema<'OidcController.OidcInfo'>>('/auth/oidc', { anonymous: true });
}
