import { setTokenRefresher } from '@/lib/api-client';
import type { EstablishedSession } from '@/lib/session';
import { refresh, toSession } from './auth';

let restoring: Promise<EstablishedSession | null> | null = null;

/**
 * Restores the session from the refresh-token cookie when the app starts, and registers how the
 * API client gets a new access token when one expires. Concurrent callers share one request: a
 * refresh token works once, and presenting it twice would revoke the session.
 */
export function restoreSession(): Promise<EstablishedSession | null> {
  setTokenRefresher(async () => {
    const view = await refresh();
    return view ? view.accessToken : null;
  });
  restoring ??= refresh()
    .then((view) => (view ? toSession(view) : null))
    .finally(() => {
      restoring = null;
    });
  return restoring;
}
