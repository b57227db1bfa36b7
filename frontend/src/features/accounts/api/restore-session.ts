import {
  NetworkError,
  readResponse,
  setAccessToken,
  setTokenRefresher,
  whileSessionRestores,
} from '@/lib/api-client';
import type { EstablishedSession } from '@/lib/session';
import { refresh, toSession, type SessionView } from './auth';

let restoring: Promise<EstablishedSession | null> | null = null;
let started: Promise<EstablishedSession | null> | null = null;

/**
 * The refresh index.html's first script (src/boot.ts) started before the app's code arrived, read
 * as refresh() reads its answer; null when there is none (tests, or already taken).
 */
function refreshStartedAtBoot(): Promise<SessionView | undefined> | null {
  if (typeof window === 'undefined') return null;
  // From here on src/boot.ts, should it run only now, leaves the refresh to the app.
  window.helsebroRestoreStarted = true;
  if (!window.helsebroSessionRefresh) return null;
  const early = window.helsebroSessionRefresh;
  window.helsebroSessionRefresh = undefined;
  return early.then(
    (response) => readResponse<SessionView | undefined>(response),
    (error: unknown) => {
      throw new NetworkError(error);
    },
  );
}

/**
 * Starts restoring the session at once, before React renders (main.tsx): on a slow network the
 * refresh call is the first link of a chain (session, then the page's data), and waiting for the
 * first render cost about a second on Slow 4G with a slow CPU. It takes over the refresh that
 * src/boot.ts started even earlier, before the app's code had loaded (ADR 0021). The first
 * restoreSession() call takes over this request instead of making another.
 */
export function startRestoringSession() {
  const early = refreshStartedAtBoot();
  started = restore(early ? () => early : refresh);
  // Whoever takes it over handles the outcome; an early failure must not be reported as unhandled.
  started.catch(() => undefined);
}

/**
 * Restores the session from the refresh-token cookie when the app starts, and registers how the
 * API client gets a new access token when one expires. Concurrent callers share one request: a
 * refresh token works once, and presenting it twice would revoke the session.
 */
export function restoreSession(): Promise<EstablishedSession | null> {
  if (started) {
    const early = started;
    started = null;
    return early;
  }
  return restore(refresh);
}

function restore(first: () => Promise<SessionView | undefined>) {
  setTokenRefresher(async () => {
    const view = await refresh();
    return view ? view.accessToken : null;
  });
  if (!restoring) {
    restoring = first()
      .then((view) => {
        // Set here, before anyone waiting for the restore goes on (whileSessionRestores).
        if (view) setAccessToken(view.accessToken);
        return view ? toSession(view) : null;
      })
      .finally(() => {
        restoring = null;
      });
    whileSessionRestores(restoring);
  }
  return restoring;
}
