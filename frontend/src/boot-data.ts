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
