/**
 * The first script index.html runs, before the app's entry (which takes about a second to arrive
 * and run on a slow phone). It starts what the opened page waits for, so it is on its way while the
 * app's code loads (ADR 0021, 0022): the session (POST /api/v1/auth/refresh with the CSRF header,
 * tabs taking turns through the same Web Lock as refresh() in the accounts feature; the app takes
 * the answer over in features/accounts/api/restore-session.ts), the page's own code as index.html
 * lists it for the first pages (vite.config.ts, firstPageCode), and a topic's data once the session
 * is there (the API client takes it over). It imports only boot-data.ts: it is a chunk of its own,
 * about a kilobyte.
 */
import {
  codeForPage,
  languageStorageKey,
  startLanguage,
  textsToLoad,
  topicDataUrl,
  type FirstLoadList,
} from './boot-data';

declare global {
  interface Window {
    /** The session refresh index.html started; the app takes it (and clears this) once. */
    helsebroSessionRefresh?: Promise<Response>;
    /** Set by the app when it starts restoring the session (restore-session.ts). */
    helsebroRestoreStarted?: boolean;
    /**
     * Data requests started here for the page at `href`, by API address; the API client takes
     * each once, while that page is still the one shown (null: not asked after all).
     */
    helsebroEarlyData?: { href: string; requests: Map<string, Promise<Response | null>> };
  }
}

const accept = 'application/json, application/problem+json';

const call = () =>
  fetch('/api/v1/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: accept, 'X-Helsebro-Csrf': '1' },
  });

async function takingTurns() {
  return await navigator.locks.request('helsebro-refresh', call);
}

/** Asks for a module the app will import (as Vite's own preloads do: after the styles). */
function preloadModule(href: string) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  link.crossOrigin = '';
  link.setAttribute('fetchpriority', 'low');
  document.head.append(link);
}

/** The texts the app starts with and the opened page's own scripts, styles and texts. */
function loadThisPagesCode() {
  const listed = document.getElementById('hb-first-pages')?.textContent;
  if (!listed) return;
  const list = JSON.parse(listed) as FirstLoadList;
  const page = codeForPage(list.pages, location.pathname);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(languageStorageKey);
  } catch {
    // Storage can be blocked; the browser's languages decide then, as in the app.
  }
  textsToLoad(list, startLanguage(stored, navigator.languages), page).forEach(preloadModule);
  if (!page) return;
  // Styles as the route would add them (Vite adds no second link for one that is there).
  for (const href of page.css) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  page.js.forEach(preloadModule);
}

/**
 * A topic's first data, asked for as soon as the session's token is here, if the member may read
 * the forum (the route's guard: forum/routes.tsx); the app's own request for the same address
 * takes this answer over instead of asking again (lib/api-client.ts).
 */
function startThisPagesData(session: Promise<Response>) {
  const url = topicDataUrl(location.pathname, location.search);
  if (!url) return;
  const answer = session.then(async (response) => {
    if (response.status !== 200) return null;
    // A copy: the app reads the answer itself when it takes the refresh over.
    const view = (await response.clone().json()) as {
      accessToken?: string;
      member?: { roles?: string[] };
    };
    if (!view.accessToken || !view.member?.roles?.includes('ADVISOR')) return null;
    return fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: accept, Authorization: `Bearer ${view.accessToken}` },
    });
  });
  // Offline or refused: the app asks again itself and handles the outcome.
  const settled = answer.catch(() => null);
  window.helsebroEarlyData = { href: location.href, requests: new Map([[url, settled]]) };
}

// index.html loads this script async, so it may run after the app's entry: when the service worker
// answers from its cache, the entry is often ready first. Then the app has already asked for the
// session and its page's data, and a second refresh would only turn the cookie over once more and
// leave an answer that nobody reads, an open request that kept the page from ever going quiet.
if (!window.helsebroRestoreStarted) {
  loadThisPagesCode();
  const refresh = 'locks' in navigator ? takingTurns() : call();
  // The app handles the outcome when it takes the request over; until then a failure is not unhandled.
  refresh.catch(() => undefined);
  window.helsebroSessionRefresh = refresh;
  startThisPagesData(refresh);
}
