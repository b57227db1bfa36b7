import type { EstablishedSession } from '@/lib/session';

/**
 * Restores the session from the refresh-token cookie when the app starts.
 * Placeholder until sign-in lands: nobody is signed in.
 */
export async function restoreSession(): Promise<EstablishedSession | null> {
  return null;
}
