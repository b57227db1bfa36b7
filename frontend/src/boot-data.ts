/**
 * What src/boot.ts starts for the page the browser opened, before the app's entry has arrived:
 * pure functions of the address, kept apart from boot.ts so that tests can check them against
 * the app's own (boot.ts imports nothing else, and nothing of the app imports this).
 */

/** One of the first pages' code as the build lists it in index.html (vite.config.ts). */
export interface FirstPageCode {
  /** A regular expression for the paths that open this page. */
  path: string;
  js: string[];
  css: string[];
  /** The text namespaces its route loads with the code. */
  texts: string[];
}

/** index.html's list (vite.config.ts, firstPageCode): the first pages, and each text's chunk. */
export interface FirstLoadList {
  pages: FirstPageCode[];
  /** By `<language>/<namespace>`. */
  texts: Record<string, string>;
}

/** Where the app keeps the member's language on this device (lib/i18n.ts). */
export const languageStorageKey = 'helsebro.language';

/** The namespaces the app starts with on every page (lib/i18n.ts, initI18n's `ns`). */
export const startTexts = ['common'];

/**
 * The language the app starts in, as lib/i18n.ts's initialLanguage chooses it: the member's last
 * choice on this device (`stored`), else the first of the browser's languages Helsebro has, else
 * bokmål.
 */
export function startLanguage(stored: string | null, browser: readonly string[]): string {
  if (stored === 'nb' || stored === 'nn' || stored === 'en') return stored;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower === 'nn' || lower.startsWith('nn-') || lower === 'no-nn') return 'nn';
    if (lower === 'nb' || lower.startsWith('nb-') || lower === 'no' || lower.startsWith('no-'))
      return 'nb';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'nb';
}

/** The text chunks to ask for at once: the start namespaces and the opened page's. */
export function textsToLoad(
  list: FirstLoadList,
  language: string,
  page: FirstPageCode | undefined,
): string[] {
  return [...new Set([...startTexts, ...(page?.texts ?? [])])]
    .map((ns) => list.texts[`${language}/${ns}`])
    .filter((file): file is string => file !== undefined);
}

/** The code index.html lists for the page at `pathname`, if it is one of the first pages. */
export function codeForPage(listed: FirstPageCode[], pathname: string): FirstPageCode | undefined {
  return listed.find((page) => new RegExp(page.path).test(pathname));
}

/**
 * The address of the topic page's data as the app asks for it (forum/api/topic-query.ts and
 * topics.ts through the API client), or null when the path is not a topic's. `?post=` asks for
 * the page that holds a post, `?page=` counts from 1 in the address and from 0 in the API.
 */
export function topicDataUrl(pathname: string, search: string): string | null {
  const topic = /^\/forum\/t\/(\d+)\/?$/.exec(pathname);
  if (!topic) return null;
  const params = new URLSearchParams(search);
  const post = params.get('post');
  const page = params.get('page');
  const query = post
    ? `post=${String(Number(post))}`
    : `page=${String(page ? Math.max(0, Number(page) - 1) : 0)}`;
  return `/api/v1/topics/${topic[1]}?${query}`;
}
