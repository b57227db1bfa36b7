import { expect, test } from './support/fixtures';
import { apiTopic, registerMember, uniqueSuffix } from './support/forum';

/**
 * A topic opened by its address (a link in a notification mail, a bookmark) on a slow phone: its
 * data, its page's code and the texts the app starts with are asked for while the app's code is
 * still on its way, not after it has arrived and run (src/boot.ts, ADR 0022), and nothing is
 * asked for twice. The app's code is
 * held back here to make "still on its way" something a test can see; the service worker, which
 * would answer it from its cache, is left out.
 */
test.use({ serviceWorkers: 'block' });

test('a topic opened by its address asks for its data, code and texts before the app has arrived, once', async ({
  page,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'phone',
    'a first load on a phone; the width does not matter',
  );
  await registerMember(page, 'Tidlig');
  const title = `Journalmal ${uniqueSuffix()}`;
  const id = await apiTopic(page, { kind: 'DISCUSSION', title, body: 'Hvem har en mal?' });
  const html = await (await page.request.get('/')).text();
  const entry = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /type="module"/.test(tag) && !/\sasync/.test(tag))
    .map((tag) => /src="([^"]+)"/.exec(tag)?.[1])[0];
  expect(entry, 'the entry script in index.html').toBeTruthy();
  const texts = (
    JSON.parse(/id="hb-first-pages">([^<]*)</.exec(html)?.[1] ?? '{}') as {
      texts: Record<string, string>;
    }
  ).texts;
  const forumTexts = texts['nb/forum'];
  const commonTexts = texts['nb/common'];
  expect(forumTexts && commonTexts, 'the texts in index.html').toBeTruthy();

  const seen: string[] = [];
  let dataAsked = () => {};
  const asked = new Promise<void>((resolve) => (dataAsked = resolve));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === `/api/v1/topics/${id}`) {
      seen.push(`data${url.search}`);
      dataAsked();
    }
    if (/^\/assets\/topic-page-[^/]+\.js$/.test(url.pathname)) seen.push('page code');
    if (url.pathname === forumTexts) seen.push('forum texts');
    if (url.pathname === commonTexts) seen.push('common texts');
  });
  // The entry waits until the data has been asked for, or 20 s: without boot.ts asking, the data
  // comes only after the entry (and the test fails on the order), on a slow machine as on a fast.
  await page.route(`**${entry}`, async (route) => {
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    seen.push('entry');
    await route.continue();
  });

  await page.goto(`/forum/t/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.filter((s) => s.startsWith('data'))).toEqual(['data?page=0']);
  expect(seen.indexOf('data?page=0'), seen.join(', ')).toBeLessThan(seen.indexOf('entry'));
  for (const early of ['page code', 'forum texts', 'common texts']) {
    expect(
      seen.filter((s) => s === early),
      early,
    ).toHaveLength(1);
    expect(seen.indexOf(early), seen.join(', ')).toBeLessThan(seen.indexOf('entry'));
  }

  // In the app, from one topic to another, the data is asked for as before: once.
  const next = await apiTopic(page, {
    kind: 'DISCUSSION',
    title: `Neste ${uniqueSuffix()}`,
    body: 'Og denne?',
  });
  seen.length = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/v1/topics/${next}`) seen.push('next');
  });
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/forum/t/${next}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Neste / })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual(['next']);
});
