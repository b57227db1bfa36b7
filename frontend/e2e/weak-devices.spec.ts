import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { expect, test } from './support/fixtures';
import { uniqueSuffix } from './support/forum';
import { apiMember, makeTrusted, reply, topic } from './support/moderation';

/**
 * Helsebro as members meet it on weak devices and networks (issue 14, ADR 0018): a phone on slow
 * mobile data, an old hospital PC at 200 % zoom. The figures each test prints are the ones
 * bench/results/weak-devices.md records.
 */
test.describe.configure({ mode: 'serial' });

/** Chrome DevTools' "Slow 4G" (as Lighthouse's mobile profile): 562.5 ms, 1.44 / 0.675 Mbit/s. */
const slow4g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

async function throttle(page: Page, cpuRate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return cdp;
}

/** The page's requests in order, with when each started and ended (ms after the navigation). */
async function waterfall(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const lines = [
      `document: response ${Math.round(nav.responseStart)}-${Math.round(nav.responseEnd)}, DOMContentLoaded ${Math.round(nav.domContentLoadedEventEnd)}`,
    ];
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const cached = e.transferSize === 0 ? ' (cache)' : '';
      lines.push(
        `${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${new URL(e.name).pathname}${cached}`,
      );
    }
    return lines.join('\n');
  });
}

async function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('the first page a guest loads stays within the JavaScript and CSS budget', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'measured', 'the bundle is the same on every screen');
  // Every response's body is read before the sizes are added up: counted as each body came, a
  // body still being read when the page went idle was left out (CI runs of one build counted
  // 143.9, 148.5 and 150.1 KB of what is 157 KB).
  const bodies: Promise<{ kind: 'js' | 'css'; size: number }>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : null;
    if (kind) bodies.push(response.body().then((body) => ({ kind, size: gzipSync(body).length })));
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sizes = { js: 0, css: 0 };
  for (const { kind, size } of await Promise.all(bodies)) sizes[kind] += size;

  console.log(
    `first load of /: JS ${(sizes.js / 1024).toFixed(1)} KB, CSS ${(sizes.css / 1024).toFixed(1)} KB gzip`,
  );
  expect(sizes.js).toBeGreaterThan(0);
  expect(sizes.js).toBeLessThanOrEqual(150 * 1024);
  expect(sizes.css).toBeLessThanOrEqual(30 * 1024);
});

test.describe('a long topic on weak hardware', () => {
  let topicUrl = '';
  let title = '';
  let reader = { email: '', password: '' };

  // Each test sets its own screen; seeding 500 replies once is enough.
  test.skip(({ viewport }) => (viewport?.width ?? 0) < 1024, 'runs once, at desktop width');

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const author = await apiMember('Tålmodig');
    const asker = await apiMember('Spørrende');
    await makeTrusted(author, asker);
    title = `Erfaringer med DIPS Arena etter oppgraderingen ${uniqueSuffix()}`;
    const id = await topic(author, 'DISCUSSION', title, 'Hva har dere gjort med utskriftene?');
    // 500 replies, ten at a time: the page shows the first page of them and a pager.
    for (let i = 0; i < 50; i++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          reply(author, id, `Svar ${i * 10 + j + 1}: vi tømte utskriftskøen og startet tjenesten.`),
        ),
      );
    }
    topicUrl = `/forum/t/${id}`;
    reader = asker;
  });

  // Since ADR 0021 the refresh starts in a boot script and the route loader asks for the topic as
  // soon as the token is there. Since 2026-12-05 (ADR 0021, addendum) the topic page's code carries
  // only what reading needs (the reply form, dialogs and editor come after the posts: 12 files and
  // 37 KB gzip instead of 35 and 89) and the shell is drawn while it loads. Measured that morning on
  // the shared machine (load average 4-5), against main's build in the same hour: 2.0, 1.9 and 2.5 s
  // warm (main: 2.9, 2.7, 2.3 s), 2.3 s with a second worker running other specs; nothing cached
  // 5.8-6.6 s (main 7.6-8.1 s). Earlier, at load 11-16, main took 3.1-4.8 s: the time depends on
  // the machine's load. bench/results/weak-devices.md, "Slow 4G, fifth look".
  test('is readable within 3 s on Slow 4G with a 4× slower CPU', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 360, height: 740 },
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
    });
    const page = await context.newPage();
    await signIn(page, reader.email, reader.password);
    // The member has been here before (the app's files are cached); the topic itself is new.
    await page.goto('/forum');
    await page.waitForLoadState('networkidle');
    const cdp = await throttle(page, 4);

    // The page notes when the title and the first post are there (ms after the navigation began):
    // Playwright's own waiting polls at up to 1 s intervals, too coarse for a 3 s goal.
    await page.addInitScript(
      ({ heading, body }) => {
        const w = window as unknown as { readableAt?: number };
        const check = () => {
          if (w.readableAt) return;
          const h1 = [...document.querySelectorAll('h1')].some((h) => h.textContent === heading);
          if (h1 && document.querySelector('main')?.textContent?.includes(body)) {
            w.readableAt = performance.now();
          }
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true });
      },
      { heading: title, body: 'Hva har dere gjort med utskriftene?' },
    );
    const started = Date.now();
    await page.goto(topicUrl);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Hva har dere gjort med utskriftene?')).toBeVisible();
    const seen = Date.now() - started;
    const readable = Math.round(
      await page.evaluate(() => (window as unknown as { readableAt: number }).readableAt),
    );
    console.log(
      `topic with 500 replies readable after ${readable} ms (seen by the test after ${seen} ms; Slow 4G, CPU 4×, warm cache)`,
    );
    console.log(`where the time went:\n${await waterfall(page)}`);

    // The same topic for someone with nothing cached: measured and reported, not a pass mark.
    await cdp.send('Network.clearBrowserCache');
    // …and nothing kept by the service worker either (ADR 0020).
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    const cold = Date.now();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Hva har dere gjort med utskriftene?')).toBeVisible();
    const coldReadable = Math.round(
      await page.evaluate(() => (window as unknown as { readableAt: number }).readableAt),
    );
    console.log(
      `the same, nothing cached: ${coldReadable} ms (seen by the test after ${Date.now() - cold} ms)`,
    );

    expect(readable).toBeLessThan(3_000);
    await context.close();
  });

  test('fits an old hospital PC at 1366×768 and 200 % zoom', async ({ browser, baseURL }) => {
    // 200 % zoom on a 1366×768 screen leaves 683×384 CSS pixels at twice the density.
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 683, height: 384 },
      deviceScaleFactor: 2,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
    });
    const page = await context.newPage();
    await signIn(page, reader.email, reader.password);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    for (const path of [topicUrl, '/forum', '/questions', '/mentoring', '/settings']) {
      const started = Date.now();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      console.log(`old PC (CPU 6×, 200 %): ${path} heading after ${Date.now() - started} ms`);
      expect(await overflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('reflows at 320 px without sideways scrolling', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 320, height: 640 },
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await signIn(page, reader.email, reader.password);
    for (const path of [topicUrl, '/forum', '/forum/new?kind=question', '/mentoring/needs']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await overflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // Less motion asked for, none given: the menu and dialogs do not animate.
    const longest = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll('*')].map((el) => {
          const s = getComputedStyle(el);
          return Math.max(
            parseFloat(s.transitionDuration) || 0,
            parseFloat(s.animationDuration) || 0,
          );
        }),
      ),
    );
    expect(longest).toBeLessThan(0.01);
    await context.close();
  });
});
