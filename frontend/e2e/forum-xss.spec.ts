import { request as playwrightRequest } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './support/a11y';
import { coordinatorApiSession } from './support/accounts';
import { expect, test } from './support/fixtures';
import { registerMember, uniqueSuffix } from './support/forum';
import { baseURL } from './support/ports';

/**
 * The XSS corpus (fixtures/xss-payloads.json, also checked against the renderer by the backend's
 * XssCorpusTest) posted as real posts, then read in Chromium. Each payload would call alert(),
 * load a remote resource or add a handler; the page records every dialog, every call of the
 * dialog functions and every Content Security Policy violation (the shared fixture also fails on
 * any console error, where Chromium reports blocked loads), and the rendered posts are checked for
 * anything outside the allow-list. Nothing may run, load or slip through.
 */
interface Payload {
  category: string;
  payload: string;
}
const corpus = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'xss-payloads.json'), 'utf8'),
) as Payload[];

const POSTS_PER_PAGE = 20;

test('a corpus of XSS payloads posted to the forum never runs in the browser', async ({
  page,
  shot,
}) => {
  test.setTimeout(180_000);
  expect(corpus.length).toBeGreaterThanOrEqual(100);

  // Post every payload as a reply (a coordinator is not rate-limited like a new member).
  const api = await playwrightRequest.newContext({ baseURL });
  const session = await coordinatorApiSession(api);
  const auth = { Authorization: `Bearer ${session.accessToken}` };
  const categories = (await (await api.get('/api/v1/categories', { headers: auth })).json()) as {
    id: number;
    slug: string;
  }[];
  const title = `<img src=x onerror=alert(1)> XSS-korpus ${uniqueSuffix()}`;
  const created = await api.post('/api/v1/topics', {
    headers: { ...auth, 'Idempotency-Key': `xss-${uniqueSuffix()}` },
    data: {
      categoryId: categories.find((c) => c.slug === 'privacy-security')?.id ?? categories[0]?.id,
      kind: 'DISCUSSION',
      title,
      body: '<svg onload=alert(1)> [start](javascript:alert(1))',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const topicId = ((await created.json()) as { topicId: number }).topicId;
  // A payload with a character XML cannot carry (a NUL inside "javascript:", say) is refused
  // whole (400, nothing stored); every other one is stored and must render harmlessly.
  // eslint-disable-next-line no-control-regex
  const uncarriable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
  for (let i = 0; i < corpus.length; i += 8) {
    const statuses = await Promise.all(
      corpus.slice(i, i + 8).map(async ({ payload }) => {
        const r = await api.post(`/api/v1/topics/${topicId}/posts`, {
          headers: { ...auth, 'Idempotency-Key': `xss-${uniqueSuffix()}` },
          data: { body: payload },
        });
        const expected = uncarriable.test(payload) ? 400 : 201;
        return { ok: r.status() === expected, text: `${r.status()} (not ${expected}) ${payload}` };
      }),
    );
    for (const s of statuses) expect(s.ok, s.text).toBe(true);
  }
  const stored = corpus.filter(({ payload }) => !uncarriable.test(payload)).length;
  expect(stored).toBeGreaterThanOrEqual(100);
  await api.dispose();

  // Read every page of the thread as an ordinary member, with traps set.
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: string[] };
    w.__xss = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__xss.push(`${name}(${args.join(',')})`);
      };
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__xss.push(`csp ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL)) remote.push(r.url());
  });
  await registerMember(page, 'Leser');

  const pages = Math.ceil((stored + 1) / POSTS_PER_PAGE);
  for (let n = 1; n <= pages; n++) {
    await page.goto(`/forum/t/${topicId}?page=${n}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('XSS-korpus');
    await expect(page.locator('.hb-content').first()).toBeVisible();
    // Hover and focus every link and post body, so that any handler that slipped through fires.
    const bodies = page.locator('.hb-content');
    for (let i = 0; i < (await bodies.count()); i++) await bodies.nth(i).hover();
    const unsafe = await page.evaluate(() => {
      const allowed = new Set(
        'P BR STRONG EM DEL CODE PRE BLOCKQUOTE UL OL LI H3 H4 H5 H6 HR A TABLE THEAD TBODY TR TH TD'.split(
          ' ',
        ),
      );
      const found: string[] = [];
      for (const root of document.querySelectorAll('.hb-content')) {
        for (const el of root.querySelectorAll('*')) {
          if (!allowed.has(el.tagName)) found.push(`element ${el.tagName}`);
          for (const a of el.attributes) {
            if (a.name.startsWith('on') || a.name === 'style' || a.name === 'src') {
              found.push(`attribute ${a.name} on ${el.tagName}`);
            }
          }
          if (el instanceof HTMLAnchorElement && !/^(https?|mailto):$/.test(el.protocol)) {
            found.push(`link ${el.href}`);
          }
        }
      }
      return found;
    });
    expect(unsafe, `unsafe markup on page ${n}`).toEqual([]);
    if (n === 1) {
      await expectNoAxeViolations(page);
      await shot('xss-corpus-page-1');
    }
  }
  // The title is shown as text in the lists, too.
  await page.goto('/forum');
  await expect(page.getByText(title).first()).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __xss: string[] }).__xss)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(remote, 'requests to other sites').toEqual([]);
});
