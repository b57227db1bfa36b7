/**
 * The first script index.html runs, before the app's entry (which takes about a second to arrive
 * and run on a slow phone): it only starts restoring the session, so that answer is on its way
 * while the app's code loads (ADR 0021). The same call as refresh() in the accounts feature
 * (POST /api/v1/auth/refresh with the CSRF header, tabs taking turns through the same Web Lock);
 * the app takes the answer over (features/accounts/api/restore-session.ts). It imports nothing:
 * it is a chunk of its own, a few hundred bytes.
 */
declare global {
  interface Window {
    /** The session refresh index.html started; the app takes it (and clears this) once. */
    helsebroSessionRefresh?: Promise<Response>;
    /** Set by the app when it starts restoring the session (restore-session.ts). */
    helsebroRestoreStarted?: boolean;
  }
}

const call = () =>
  fetch('/api/v1/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', 'X-Helsebro-Csrf': '1' },
  });

async function takingTurns() {
  return await navigator.locks.request('helsebro-refresh', call);
}

// index.html loads this script async, so it may run after the app's entry: when the service worker
// answers from its cache, the entry is often ready first. Then the app has already asked for the
// session, and a second refresh would only turn the cookie over once more and leave an answer that
// nobody reads, an open request that kept the page from ever going quiet.
if (!window.helsebroRestoreStarted) {
  const refresh = 'locks' in navigator ? takingTurns() : call();
  // The app handles the outcome when it takes the request over; until then a failure is not unhandled.
  refresh.catch(() => undefined);
  window.helsebroSessionRefresh = refresh;
}

export {};
