import { afterEach, describe, expect, it, vi } from 'vitest';
import { topicPageArgs, topicPageQuery } from '@/features/forum/api/topic-query';
import { i18n, initI18n, initialLanguage } from '@/lib/i18n';
import { languageStorageKey, startLanguage, startTexts, topicDataUrl } from './boot-data';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The address the app's own request for the topic page at `address` goes to. */
async function appAsksFor(address: string): Promise<string> {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ topic: {}, posts: [] }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  const url = new URL(address, 'http://helsebro.test');
  const id = Number(url.pathname.split('/')[3]);
  const { page, post } = topicPageArgs(url.searchParams);
  await topicPageQuery(id, page, post).queryFn();
  expect(asked).toHaveLength(1);
  return asked[0]!;
}

describe('what boot.ts starts for the opened page', () => {
  it.each([
    '/forum/t/12',
    '/forum/t/12/',
    '/forum/t/12?page=3',
    '/forum/t/7?post=991',
    '/forum/t/7?page=1&x=y',
  ])('asks for the same topic data as the app at %s', async (address) => {
    const url = new URL(address, 'http://helsebro.test');
    expect(topicDataUrl(url.pathname, url.search)).toBe(await appAsksFor(address));
  });

  it('asks for no data on other pages', () => {
    for (const path of ['/', '/forum', '/forum/t/12/edit', '/forum/t/abc', '/mentoring']) {
      expect(topicDataUrl(path, ''), path).toBeNull();
    }
  });

  it.each([
    [null, []],
    [null, ['en-GB', 'nb']],
    [null, ['de', 'nn-NO']],
    [null, ['no-NN']],
    [null, ['no', 'en']],
    [null, ['sv', 'da']],
    ['en', ['nb']],
    ['nn', []],
    ['xx', ['EN-us']],
  ] as const)(
    'starts in the language the app starts in (stored %s, browser %j)',
    (stored, browser) => {
      if (stored === null) localStorage.removeItem(languageStorageKey);
      else localStorage.setItem(languageStorageKey, stored);
      expect(startLanguage(localStorage.getItem(languageStorageKey), browser)).toBe(
        initialLanguage(browser),
      );
    },
  );

  it('asks for the texts the app starts with', async () => {
    await initI18n('nb');
    expect([i18n.options.ns].flat()).toEqual(startTexts);
  });
});
